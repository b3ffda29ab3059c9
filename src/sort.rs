//! sort: the crate's sorting. The standard `sort_by` is compiled afresh for
//! every element type and comparison, 3–5 KB of wasm each, and the crate's
//! eleven sorts were 58 KB of the main module before compression. Here only
//! positions (`u32`) are sorted, through one `dyn` comparison, so the sort
//! is in the wasm once; what each element type adds is the small loop that
//! moves its elements into place. Short slices get an insertion sort, and a
//! hot sort whose order fits in a `u64` per element, `sort_keys`.
//!
//! Keep `BTreeMap`/`BTreeSet` `collect()` out of the wasm's code for the same
//! reason (it sorts with the standard sort); `extend` an empty one instead.

use std::cmp::Ordering;

/// Up to this many elements, an insertion sort: no allocation, and little
/// code per element type. The search sorts a few match positions per hit,
/// thousands of times per keystroke.
const SMALL: usize = 16;

/// Sorts `v` by `cmp`, keeping equal elements in their order (stable).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() <= SMALL {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut order = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &mut order);
}

/// Sorts `v` by the key `key` gives each element (stable).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `keys` ascending, a byte at a time from the lowest (a radix sort):
/// for a hot sort whose whole order fits in one `u64` per element, much
/// faster than a comparison through `dyn`, in less code than the standard
/// sort. A byte every key shares takes no pass.
pub fn sort_keys(keys: &mut Vec<u64>) {
    let mut sorted = vec![0; keys.len()];
    for shift in (0..64).step_by(8) {
        let digit = |k: u64| ((k >> shift) & 0xFF) as usize;
        // starts[d + 1] counts the keys with digit d, then starts[d] is where they go.
        let mut starts = [0usize; 257];
        for &k in keys.iter() {
            starts[digit(k) + 1] += 1;
        }
        if starts.contains(&keys.len()) {
            continue;
        }
        for d in 1..257 {
            starts[d] += starts[d - 1];
        }
        for &k in keys.iter() {
            sorted[starts[digit(k)]] = k;
            starts[digit(k)] += 1;
        }
        std::mem::swap(keys, &mut sorted);
    }
}

/// The positions `0..len`, ordered by `cmp` (stable): the order in which to
/// read a list of `len` elements to have it sorted.
#[inline(never)]
pub fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let len = u32::try_from(len).expect("fewer than 2^32 elements to sort");
    let mut order: Vec<u32> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// Moves the element at `order[i]` to `i`, for every `i`, by following each
/// cycle of the permutation once (`order` is used up as the record of where
/// the cycles have been).
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for start in 0..v.len() {
        let mut at = start;
        let mut from = order[at] as usize;
        while from != start {
            v.swap(at, from);
            order[at] = at as u32;
            at = from;
            from = order[at] as usize;
        }
        order[at] = at as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Same result as the standard stable sort, including the order of
        // equal keys (the second field tells equal keys apart).
        #[test]
        fn sorts_like_the_standard_stable_sort(mut v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            prop_assert_eq!(v, expected);
        }

        #[test]
        fn sort_keys_orders_like_the_standard_sort(mut v in proptest::collection::vec(any::<u64>(), 0..300), shared in any::<u64>()) {
            // Half the keys share their high bytes, as scores do.
            for (i, k) in v.iter_mut().enumerate() {
                if i % 2 == 0 {
                    *k = (shared & !0xFFFF) | (*k & 0xFFFF);
                }
            }
            let mut expected = v.clone();
            expected.sort();
            sort_keys(&mut v);
            prop_assert_eq!(v, expected);
        }

        #[test]
        fn sort_orders_fully(mut v in proptest::collection::vec(any::<i32>(), 0..200)) {
            let mut expected = v.clone();
            expected.sort();
            sort(&mut v);
            prop_assert_eq!(v, expected);
        }
    }

    #[test]
    fn reverse_comparison_and_owned_elements() {
        let mut v: Vec<String> = ["b", "c", "a", "c"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["c", "c", "b", "a"]);
        let mut empty: Vec<String> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn order_gives_positions_in_sorted_order() {
        let words = ["pear", "apple", "fig", "apple"];
        assert_eq!(order(words.len(), &mut |a, b| words[a].cmp(words[b])), [1, 3, 2, 0]);
    }
}
