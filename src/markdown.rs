//! markdown: the small, safe Markdown subset that FAQ answers are written in.
//!
//! Owns parsing answer text into a tiny tree ([`Block`] / [`Inline`]) and the
//! plain-text rendering of that tree. The Leptos view turns the tree into DOM
//! nodes one by one and never uses innerHTML: answers come from platform config
//! and are shown inside other people's pages, so nothing here ever produces
//! markup. Everything outside the subset (HTML tags, headings, images, tables,
//! blockquotes, raw URLs, autolinks) stays literal text, and a link whose URL
//! fails [`links::check`] is shown as its text only.
//!
//! Subset: paragraphs (blank-line separated; a single newline is a space),
//! `- ` / `* ` and `1. ` lists (items may wrap onto indented lines),
//! `**strong**`, `*em*` / `_em_`, `` `code` ``, `[text](url)` (the URL ends at
//! the first `)`, as in the config validator) and the escapes `\*` `\_` `` \` ``
//! `\[` `\]` `\\`. Emphasis follows CommonMark's delimiter rules, implemented
//! with linked lists so that parsing stays linear-ish on hostile input.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use crate::links;

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// `start` is the number of the first item of an ordered list (1 for unordered lists).
    List { ordered: bool, start: u32, items: Vec<Vec<Inline>> },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    /// Literal text and where it came from: `source` is the byte range in the ORIGINAL input that this text
    /// reproduces character for character (so highlight ranges from search, which are byte ranges into the
    /// source, can be mapped onto text nodes). When the text is not a verbatim slice (e.g. an escape `\*` became `*`,
    /// or a newline became a space), split into several Text nodes so each one IS a verbatim slice, or set source to None.
    Text { text: String, source: Option<Range<usize>> },
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Code { text: String, source: Option<Range<usize>> },
    Link { href: String, children: Vec<Inline> },
}

/// Parses `source` into blocks. Never fails: whatever is not in the subset is text.
pub fn parse(source: &str) -> Vec<Block> {
    let lines = split_lines(source);
    let blank = |r: &Range<usize>| source[r.clone()].bytes().all(|c| c == b' ' || c == b'\t');
    let mut blocks = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let line = lines[k].clone();
        if blank(&line) {
            k += 1;
            continue;
        }
        if let Some(first) = marker(source, &line) {
            let (ordered, start) = (first.ordered, first.number);
            let mut items: Vec<Vec<Range<usize>>> = vec![vec![first.content]];
            k += 1;
            while k < lines.len() {
                let l = lines[k].clone();
                if blank(&l) {
                    let mut n = k;
                    while n < lines.len() && blank(&lines[n]) {
                        n += 1;
                    }
                    if n < lines.len() && marker(source, &lines[n]).is_some_and(|m| m.ordered == ordered) {
                        k = n;
                        continue;
                    }
                    break;
                }
                if let Some(m) = marker(source, &l) {
                    if m.ordered != ordered {
                        break;
                    }
                    items.push(vec![m.content]);
                } else if source.as_bytes()[l.start] == b' ' || source.as_bytes()[l.start] == b'\t' {
                    if let Some(item) = items.last_mut() {
                        item.push(trim_range(source, l));
                    }
                } else {
                    break;
                }
                k += 1;
            }
            let items = items.iter().map(|segs| inlines(source, segs)).collect();
            blocks.push(Block::List { ordered, start, items });
        } else {
            let mut segs = vec![trim_range(source, line)];
            k += 1;
            while k < lines.len() && !blank(&lines[k]) {
                // A bullet or an ordered list starting at 1 may interrupt a paragraph.
                if marker(source, &lines[k]).is_some_and(|m| !m.ordered || m.number == 1) {
                    break;
                }
                segs.push(trim_range(source, lines[k].clone()));
                k += 1;
            }
            blocks.push(Block::Paragraph(inlines(source, &segs)));
        }
    }
    blocks
}

/// The visible plain text (for search snippets, e-mail bodies, accessible names): blocks joined by "\n\n", list items by "\n" with "- " or "1. " prefixes.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (b, block) in blocks.iter().enumerate() {
        if b > 0 {
            out.push_str("\n\n");
        }
        match block {
            Block::Paragraph(inl) => push_plain(&mut out, inl),
            Block::List { ordered, start, items } => {
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        out.push('\n');
                    }
                    if *ordered {
                        out.push_str(&format!("{}. ", u64::from(*start) + n as u64));
                    } else {
                        out.push_str("- ");
                    }
                    push_plain(&mut out, item);
                }
            }
        }
    }
    out
}

fn push_plain(out: &mut String, inl: &[Inline]) {
    for i in inl {
        match i {
            Inline::Text { text, .. } | Inline::Code { text, .. } => out.push_str(text),
            Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { children: c, .. } => push_plain(out, c),
        }
    }
}

// ---------------------------------------------------------------- blocks

/// Line ranges without the `\n` (and without a `\r` before it).
fn split_lines(source: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, c) in source.bytes().enumerate() {
        if c == b'\n' {
            let end = if i > start && source.as_bytes()[i - 1] == b'\r' { i - 1 } else { i };
            lines.push(start..end);
            start = i + 1;
        }
    }
    if start < source.len() {
        lines.push(start..source.len());
    }
    lines
}

fn trim_range(source: &str, r: Range<usize>) -> Range<usize> {
    let s = &source[r.clone()];
    let lead = s.len() - s.trim_start_matches([' ', '\t']).len();
    let trimmed = s.trim_matches([' ', '\t']);
    r.start + lead..r.start + lead + trimmed.len()
}

struct Marker {
    ordered: bool,
    number: u32,
    content: Range<usize>,
}

/// `- `, `* ` or `123. ` after at most three spaces.
fn marker(source: &str, line: &Range<usize>) -> Option<Marker> {
    let b = &source.as_bytes()[line.clone()];
    let mut i = 0;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i > 3 || i >= b.len() {
        return None;
    }
    let space_at = |j: usize| matches!(b.get(j), Some(b' ' | b'\t'));
    let (ordered, number, after) = if matches!(b[i], b'-' | b'*') {
        if !space_at(i + 1) {
            return None;
        }
        (false, 1, i + 2)
    } else {
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() && j - i < 10 {
            j += 1;
        }
        if j == i || j - i > 9 || b.get(j) != Some(&b'.') || !space_at(j + 1) {
            return None;
        }
        let number = source[line.start + i..line.start + j].parse().ok()?;
        (true, number, j + 2)
    };
    Some(Marker { ordered, number, content: trim_range(source, line.start + after..line.end) })
}

// ---------------------------------------------------------------- inlines

const NIL: usize = usize::MAX;
/// In the byte map: a byte of the joined text with no source (the space that joins lines).
const SYN: usize = usize::MAX;
const ESCAPABLE: &[u8] = b"*_`[]\\";
const SPECIAL: &[u8] = b"\\`*_[]!";
/// Emphasis deeper than this stays literal, so that the tree (and whatever
/// walks it recursively: Drop, Clone, the view) never gets deep enough to
/// overflow a stack. One link may add one level on top.
const MAX_DEPTH: u32 = 24;

/// Joins the line segments with spaces and parses the result.
fn inlines(source: &str, segs: &[Range<usize>]) -> Vec<Inline> {
    let mut buf = String::new();
    let mut map = Vec::new();
    for seg in segs.iter().filter(|s| !s.is_empty()) {
        if !buf.is_empty() {
            buf.push(' ');
            map.push(SYN);
        }
        buf.push_str(&source[seg.clone()]);
        map.extend(seg.clone());
    }
    let mut p = Parser::new(&buf, &map);
    p.run();
    p.process_emphasis(0);
    p.collect(0, NIL).0
}

enum Node {
    /// A literal byte range of the joined text (delimiters and brackets shrink or empty theirs).
    Lit(usize, usize),
    /// A finished inline and its depth (1 for text and code).
    Done(Inline, u32),
}

struct Delim {
    node: usize,
    ch: u8,
    len: usize,
    can_open: bool,
    can_close: bool,
    prev: usize,
    next: usize,
}

struct Bracket {
    node: usize,
    image: bool,
    /// The delimiter on top of the stack when the bracket was pushed.
    bottom: usize,
}

struct Parser<'a> {
    buf: &'a str,
    map: &'a [usize],
    nodes: Vec<Node>,
    next: Vec<usize>,
    prev: Vec<usize>,
    tail: usize,
    /// Delimiter stack as a linked list; index 0 is a sentinel that never matches.
    delims: Vec<Delim>,
    dtail: usize,
    brackets: Vec<Bracket>,
    /// Backtick run starts by run length.
    ticks: HashMap<usize, Vec<usize>>,
    /// A search for `)` from here or later fails.
    no_paren_from: usize,
    /// Positions inside inlines that reached `MAX_DEPTH`: no emphasis may enclose them.
    saturated: BTreeSet<usize>,
}

impl<'a> Parser<'a> {
    fn new(buf: &'a str, map: &'a [usize]) -> Self {
        let b = buf.as_bytes();
        let mut ticks: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'`' {
                let s = i;
                while i < b.len() && b[i] == b'`' {
                    i += 1;
                }
                ticks.entry(i - s).or_default().push(s);
            } else {
                i += 1;
            }
        }
        let sentinel = Delim { node: 0, ch: 0, len: 0, can_open: false, can_close: false, prev: NIL, next: NIL };
        Parser {
            buf,
            map,
            nodes: vec![Node::Lit(0, 0)],
            next: vec![NIL],
            prev: vec![NIL],
            tail: 0,
            delims: vec![sentinel],
            dtail: 0,
            brackets: Vec::new(),
            ticks,
            no_paren_from: usize::MAX,
            saturated: BTreeSet::new(),
        }
    }

    fn push(&mut self, node: Node) -> usize {
        let idx = self.nodes.len();
        self.nodes.push(node);
        self.prev.push(self.tail);
        self.next.push(NIL);
        self.next[self.tail] = idx;
        self.tail = idx;
        idx
    }

    fn insert_after(&mut self, after: usize, node: Node) {
        let idx = self.nodes.len();
        let n = self.next[after];
        self.nodes.push(node);
        self.prev.push(after);
        self.next.push(n);
        self.next[after] = idx;
        if n == NIL {
            self.tail = idx;
        } else {
            self.prev[n] = idx;
        }
    }

    /// Takes the nodes strictly between `after` and `until` (NIL: to the end) out of the list.
    /// Also returns the greatest depth among them.
    fn collect(&mut self, after: usize, until: usize) -> (Vec<Inline>, u32) {
        let mut out = Out { buf: self.buf, map: self.map, out: Vec::new(), pending: None, depth: 0 };
        let mut k = self.next[after];
        while k != until && k != NIL {
            out.node(std::mem::replace(&mut self.nodes[k], Node::Lit(0, 0)));
            k = self.next[k];
        }
        self.next[after] = until;
        if until == NIL {
            self.tail = after;
        } else {
            self.prev[until] = after;
        }
        out.finish()
    }

    fn lit_len(&self, node: usize) -> usize {
        match self.nodes[node] {
            Node::Lit(a, b) => b - a,
            Node::Done(..) => 0,
        }
    }

    fn unlink_delim(&mut self, d: usize) {
        let (p, n) = (self.delims[d].prev, self.delims[d].next);
        if p != NIL {
            self.delims[p].next = n;
        }
        if n == NIL {
            self.dtail = p;
        } else {
            self.delims[n].prev = p;
        }
    }

    fn find_paren(&mut self, from: usize) -> Option<usize> {
        if from >= self.no_paren_from {
            return None;
        }
        match self.buf[from..].find(')') {
            Some(p) => Some(from + p),
            None => {
                self.no_paren_from = from;
                None
            }
        }
    }

    fn run(&mut self) {
        let buf = self.buf;
        let b = buf.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\\' => {
                    if b.get(i + 1).is_some_and(|c| ESCAPABLE.contains(c)) {
                        self.push(Node::Lit(i + 1, i + 2));
                        i += 2;
                    } else {
                        self.push(Node::Lit(i, i + 1));
                        i += 1;
                    }
                }
                b'`' => {
                    let mut j = i;
                    while j < b.len() && b[j] == b'`' {
                        j += 1;
                    }
                    let n = j - i;
                    let closer = self.ticks.get(&n).and_then(|starts| {
                        let k = starts.partition_point(|&s| s < j);
                        starts.get(k).copied()
                    });
                    match closer {
                        Some(q) => {
                            let (mut a, mut e) = (j, q);
                            let content = &buf[a..e];
                            if content.len() >= 2
                                && content.starts_with(' ')
                                && content.ends_with(' ')
                                && !content.bytes().all(|c| c == b' ')
                            {
                                a += 1;
                                e -= 1;
                            }
                            let code = Inline::Code { text: buf[a..e].to_string(), source: source_of(self.map, a, e) };
                            self.push(Node::Done(code, 1));
                            i = q + n;
                        }
                        None => {
                            self.push(Node::Lit(i, j));
                            i = j;
                        }
                    }
                }
                c @ (b'*' | b'_') => {
                    let mut j = i;
                    while j < b.len() && b[j] == c {
                        j += 1;
                    }
                    let before = buf[..i].chars().next_back();
                    let after = buf[j..].chars().next();
                    let ws = |c: Option<char>| c.is_none_or(char::is_whitespace);
                    let punct = |c: Option<char>| c.is_some_and(is_punct);
                    let left = !ws(after) && (!punct(after) || ws(before) || punct(before));
                    let right = !ws(before) && (!punct(before) || ws(after) || punct(after));
                    let (can_open, can_close) = if c == b'*' {
                        (left, right)
                    } else {
                        (left && (!right || punct(before)), right && (!left || punct(after)))
                    };
                    let node = self.push(Node::Lit(i, j));
                    if can_open || can_close {
                        let d = self.delims.len();
                        let prev = self.dtail;
                        self.delims.push(Delim { node, ch: c, len: j - i, can_open, can_close, prev, next: NIL });
                        self.delims[prev].next = d;
                        self.dtail = d;
                    }
                    i = j;
                }
                b'[' => {
                    let node = self.push(Node::Lit(i, i + 1));
                    self.brackets.push(Bracket { node, image: false, bottom: self.dtail });
                    i += 1;
                }
                b'!' if b.get(i + 1) == Some(&b'[') => {
                    let node = self.push(Node::Lit(i, i + 2));
                    self.brackets.push(Bracket { node, image: true, bottom: self.dtail });
                    i += 2;
                }
                b']' => {
                    i = self.close_bracket(i);
                }
                _ => {
                    let j = b[i + 1..].iter().position(|c| SPECIAL.contains(c)).map_or(b.len(), |p| i + 1 + p);
                    self.push(Node::Lit(i, j));
                    i = j;
                }
            }
        }
    }

    /// Handles the `]` at `i`; returns where to continue.
    fn close_bracket(&mut self, i: usize) -> usize {
        let b = self.buf.as_bytes();
        let opener = self.brackets.pop();
        let Some(br) = opener.filter(|br| !br.image && b.get(i + 1) == Some(&b'(')) else {
            // Images are not in the subset and a `]` without `(url)` is text.
            self.push(Node::Lit(i, i + 1));
            return i + 1;
        };
        let Some(close) = self.find_paren(i + 2) else {
            self.push(Node::Lit(i, i + 1));
            return i + 1;
        };
        let raw = &self.buf[i + 2..close];
        let url = raw.trim();
        let url_start = i + 2 + (raw.len() - raw.trim_start().len());
        self.process_emphasis(br.bottom);
        // Everything inside the link text is resolved; its delimiters leave the stack.
        self.delims[br.bottom].next = NIL;
        self.dtail = br.bottom;
        if links::check(url).is_ok() {
            let (mut children, mut depth) = self.collect(br.node, NIL);
            if children.is_empty() {
                let mut out = Out { buf: self.buf, map: self.map, out: Vec::new(), pending: None, depth: 0 };
                out.node(Node::Lit(url_start, url_start + url.len()));
                (children, depth) = out.finish();
            }
            if depth + 1 >= MAX_DEPTH {
                self.saturated.insert(i);
            }
            self.nodes[br.node] = Node::Done(Inline::Link { href: url.to_string(), children }, depth + 1);
        } else {
            // Refused: the text stays, the brackets and the URL go.
            self.nodes[br.node] = Node::Lit(0, 0);
        }
        // No links inside links: earlier openers can no longer form one.
        self.brackets.clear();
        close + 1
    }

    /// CommonMark's "process emphasis" over the delimiters above `bottom`, then drops them.
    fn process_emphasis(&mut self, bottom: usize) {
        let mut openers_bottom = [[[bottom; 2]; 3]; 2];
        let mut c = self.delims[bottom].next;
        while c != NIL {
            if !self.delims[c].can_close {
                c = self.delims[c].next;
                continue;
            }
            let (ch, clen, c_open) = (self.delims[c].ch, self.delims[c].len, self.delims[c].can_open);
            let key = (usize::from(ch == b'_'), clen % 3, usize::from(c_open));
            let ob = openers_bottom[key.0][key.1][key.2];
            let mut o = self.delims[c].prev;
            let mut found = false;
            while o != NIL && o != bottom && o != ob && o != 0 {
                let od = &self.delims[o];
                if od.ch == ch && od.can_open {
                    let odd = (od.can_close || c_open) && (od.len + clen) % 3 == 0 && !(od.len % 3 == 0 && clen % 3 == 0);
                    if !odd {
                        found = true;
                        break;
                    }
                }
                o = od.prev;
            }
            if found {
                // Any opener further down would enclose the same content, so a blocked pair means no match.
                let from = match self.nodes[self.delims[o].node] { Node::Lit(_, hi) => hi, Node::Done(..) => 0 };
                let to = match self.nodes[self.delims[c].node] { Node::Lit(lo, _) => lo, Node::Done(..) => 0 };
                found = from > to || self.saturated.range(from..to).next().is_none();
            }
            if !found {
                openers_bottom[key.0][key.1][key.2] = self.delims[c].prev;
                let n = self.delims[c].next;
                if !c_open {
                    self.unlink_delim(c);
                }
                c = n;
                continue;
            }
            let (onode, cnode) = (self.delims[o].node, self.delims[c].node);
            let (oc, cc) = (self.lit_len(onode), self.lit_len(cnode));
            let used = if oc >= 2 && cc >= 2 { 2 } else { 1 };
            let mut at = 0;
            if let Node::Lit(_, hi) = &mut self.nodes[onode] {
                *hi -= used;
                at = *hi;
            }
            if let Node::Lit(lo, _) = &mut self.nodes[cnode] {
                *lo += used;
            }
            let (children, depth) = self.collect(onode, cnode);
            if depth + 1 >= MAX_DEPTH {
                self.saturated.insert(at);
            }
            let wrapped = if used == 2 { Inline::Strong(children) } else { Inline::Emphasis(children) };
            self.insert_after(onode, Node::Done(wrapped, depth + 1));
            // Delimiters between the pair can no longer match anything.
            self.delims[o].next = c;
            self.delims[c].prev = o;
            if oc == used {
                self.unlink_delim(o);
            }
            if cc == used {
                let n = self.delims[c].next;
                self.unlink_delim(c);
                c = n;
            }
        }
        self.delims[bottom].next = NIL;
        self.dtail = bottom;
    }
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || (!c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace() && !c.is_control())
}

/// The source range of joined-text bytes `a..b`, if they are one verbatim slice.
fn source_of(map: &[usize], a: usize, b: usize) -> Option<Range<usize>> {
    if a >= b || map[a] == SYN {
        return None;
    }
    for k in a + 1..b {
        if map[k] == SYN || map[k] != map[k - 1] + 1 {
            return None;
        }
    }
    Some(map[a]..map[b - 1] + 1)
}

/// Turns nodes into inlines, merging adjacent literal ranges and splitting text
/// where it stops being one verbatim slice of the source.
struct Out<'a> {
    buf: &'a str,
    map: &'a [usize],
    out: Vec<Inline>,
    pending: Option<(usize, usize)>,
    depth: u32,
}

impl Out<'_> {
    fn node(&mut self, node: Node) {
        match node {
            Node::Lit(a, b) if a < b => match self.pending {
                Some((pa, pb)) if pb == a => self.pending = Some((pa, b)),
                _ => {
                    self.flush();
                    self.pending = Some((a, b));
                }
            },
            Node::Lit(..) => {}
            Node::Done(inline, depth) => {
                self.flush();
                self.depth = self.depth.max(depth);
                self.out.push(inline);
            }
        }
    }

    fn flush(&mut self) {
        let Some((a, b)) = self.pending.take() else { return };
        let map = self.map;
        let mut s = a;
        while s < b {
            if map[s] == SYN {
                self.out.push(Inline::Text { text: self.buf[s..s + 1].to_string(), source: None });
                s += 1;
                continue;
            }
            let mut e = s + 1;
            while e < b && map[e] != SYN && map[e] == map[e - 1] + 1 {
                e += 1;
            }
            self.out.push(Inline::Text { text: self.buf[s..e].to_string(), source: Some(map[s]..map[e - 1] + 1) });
            s = e;
        }
        if a < b {
            self.depth = self.depth.max(1);
        }
    }

    fn finish(mut self) -> (Vec<Inline>, u32) {
        self.flush();
        (self.out, self.depth)
    }
}

/// Calls `f` with every inline of `blocks`, outer before inner (a link, then
/// its text), for checks over a whole rendered answer.
pub fn each_inline<'a>(blocks: &'a [Block], f: &mut dyn FnMut(&'a Inline)) {
    fn walk<'a>(inlines: &'a [Inline], f: &mut dyn FnMut(&'a Inline)) {
        for i in inlines {
            f(i);
            if let Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { children: c, .. } = i {
                walk(c, f);
            }
        }
    }
    for b in blocks {
        match b {
            Block::Paragraph(c) => walk(c, f),
            Block::List { items, .. } => items.iter().for_each(|item| walk(item, f)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn txt(s: &str) -> Inline {
        Inline::Text { text: s.to_string(), source: None }
    }
    fn code(s: &str) -> Inline {
        Inline::Code { text: s.to_string(), source: None }
    }
    fn strong(c: Vec<Inline>) -> Inline {
        Inline::Strong(c)
    }
    fn em(c: Vec<Inline>) -> Inline {
        Inline::Emphasis(c)
    }
    fn link(href: &str, c: Vec<Inline>) -> Inline {
        Inline::Link { href: href.to_string(), children: c }
    }
    fn p(c: Vec<Inline>) -> Block {
        Block::Paragraph(c)
    }
    fn ul(items: Vec<Vec<Inline>>) -> Block {
        Block::List { ordered: false, start: 1, items }
    }
    fn ol(start: u32, items: Vec<Vec<Inline>>) -> Block {
        Block::List { ordered: true, start, items }
    }

    /// Drops sources and merges adjacent text, to compare what is visible.
    fn visible(inl: &[Inline]) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::new();
        for i in inl {
            let i = match i {
                Inline::Text { text, .. } => {
                    if let Some(Inline::Text { text: prev, .. }) = out.last_mut() {
                        prev.push_str(text);
                        continue;
                    }
                    txt(text)
                }
                Inline::Code { text, .. } => code(text),
                Inline::Strong(c) => strong(visible(c)),
                Inline::Emphasis(c) => em(visible(c)),
                Inline::Link { href, children } => link(href, visible(children)),
            };
            out.push(i);
        }
        out
    }

    fn visible_blocks(blocks: &[Block]) -> Vec<Block> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(c) => p(visible(c)),
                Block::List { ordered, start, items } => {
                    Block::List { ordered: *ordered, start: *start, items: items.iter().map(|i| visible(i)).collect() }
                }
            })
            .collect()
    }

    fn all_inlines(blocks: &[Block]) -> Vec<&Inline> {
        let mut out = Vec::new();
        each_inline(blocks, &mut |i| out.push(i));
        out
    }

    #[test]
    fn constructs() {
        let table: Vec<(&str, Vec<Block>)> = vec![
            ("", vec![]),
            ("  \n\n \t\n", vec![]),
            ("Hello", vec![p(vec![txt("Hello")])]),
            ("one\ntwo", vec![p(vec![txt("one two")])]),
            ("one  \r\n   two", vec![p(vec![txt("one two")])]),
            ("one\n\ntwo", vec![p(vec![txt("one")]), p(vec![txt("two")])]),
            ("a **b** c", vec![p(vec![txt("a "), strong(vec![txt("b")]), txt(" c")])]),
            ("*i* and _j_", vec![p(vec![em(vec![txt("i")]), txt(" and "), em(vec![txt("j")])])]),
            ("***x***", vec![p(vec![em(vec![strong(vec![txt("x")])])])]),
            ("**a *b* c**", vec![p(vec![strong(vec![txt("a "), em(vec![txt("b")]), txt(" c")])])]),
            ("**two\nlines**", vec![p(vec![strong(vec![txt("two lines")])])]),
            ("use `a*b*c`", vec![p(vec![txt("use "), code("a*b*c")])]),
            ("`` a`b ``", vec![p(vec![code("a`b")])]),
            ("`[x](https://a.example)`", vec![p(vec![code("[x](https://a.example)")])]),
            (
                "see [the **docs**](https://help.example.org/x)",
                vec![p(vec![txt("see "), link("https://help.example.org/x", vec![txt("the "), strong(vec![txt("docs")])])])],
            ),
            ("[`code` _it_](mailto:a@b.example)", vec![p(vec![link("mailto:a@b.example", vec![code("code"), txt(" "), em(vec![txt("it")])])])]),
            ("[call]( tel:+12025550123 )", vec![p(vec![link("tel:+12025550123", vec![txt("call")])])]),
            ("[](https://a.example)", vec![p(vec![link("https://a.example", vec![txt("https://a.example")])])]),
            ("[dev](http://localhost:8080/x)", vec![p(vec![link("http://localhost:8080/x", vec![txt("dev")])])]),
            ("[a](https://a.example/(b)c)", vec![p(vec![link("https://a.example/(b", vec![txt("a")]), txt("c)")])]),
            (r"\*not\* \_em\_ \`x\` \[y\] \\", vec![p(vec![txt(r"*not* _em_ `x` [y] \")])]),
            (r"a\b \n", vec![p(vec![txt(r"a\b \n")])]),
            ("- one\n- two", vec![ul(vec![vec![txt("one")], vec![txt("two")]])]),
            ("* one\n* **two**", vec![ul(vec![vec![txt("one")], vec![strong(vec![txt("two")])]])]),
            ("3. three\n4. four", vec![ol(3, vec![vec![txt("three")], vec![txt("four")]])]),
            ("1. a\n   wraps\n2. b", vec![ol(1, vec![vec![txt("a wraps")], vec![txt("b")]])]),
            ("- a\n\n- b", vec![ul(vec![vec![txt("a")], vec![txt("b")]])]),
            ("Intro:\n- a\n- b\n\nAfter", vec![p(vec![txt("Intro:")]), ul(vec![vec![txt("a")], vec![txt("b")]]), p(vec![txt("After")])]),
            ("- a\n1. b", vec![ul(vec![vec![txt("a")]]), ol(1, vec![vec![txt("b")]])]),
            ("- a\nnot indented", vec![ul(vec![vec![txt("a")]]), p(vec![txt("not indented")])]),
            ("Fee is\n5. ok", vec![p(vec![txt("Fee is 5. ok")])]),
            ("snake_case_name", vec![p(vec![txt("snake_case_name")])]),
            ("2*3*4", vec![p(vec![txt("2"), em(vec![txt("3")]), txt("4")])]),
        ];
        for (input, expected) in table {
            assert_eq!(visible_blocks(&parse(input)), expected, "{input:?}");
        }
    }

    #[test]
    fn literal_fallbacks() {
        let table = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "# Heading",
            "> quote",
            "| a | b |\n|---|---|",
            "<https://a.example>",
            "https://a.example/raw",
            "**unclosed",
            "*unclosed",
            "`unclosed",
            "[unclosed",
            "[text] (https://a.example)",
            "[text]",
            "[text](https://a.example",
            "![alt](https://a.example/i.png)",
            "a * b * c",
            "**",
            "-not a list",
            "1.not a list",
            "    - too indented",
        ];
        for input in table {
            let blocks = parse(input);
            let expected_text = input.lines().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
            assert_eq!(visible_blocks(&blocks), vec![p(vec![txt(&expected_text)])], "{input:?}");
        }
    }

    #[test]
    fn xss_is_one_verbatim_text_node() {
        let s = "<img src=x onerror=alert(1)>";
        assert_eq!(parse(s), vec![Block::Paragraph(vec![Inline::Text { text: s.to_string(), source: Some(0..s.len()) }])]);
        assert_eq!(visible_blocks(&parse("<script>")), vec![p(vec![txt("<script>")])]);
    }

    #[test]
    fn refused_links_become_their_text() {
        let table = [
            ("[x](javascript:alert(1))", "x)"),
            ("[x](JavaScript:alert(1))", "x)"),
            ("[x](data:text/html,hi)", "x"),
            ("[x](//evil.example)", "x"),
            ("[**x**](/relative) y", "x y"),
            ("[x](http://example.com)", "x"),
            ("[x](https://a b.example)", "x"),
            ("[x]()", "x"),
        ];
        for (input, text) in table {
            let blocks = parse(input);
            assert!(all_inlines(&blocks).iter().all(|i| !matches!(i, Inline::Link { .. })), "{input:?}");
            assert_eq!(plain_text(&blocks), text, "{input:?}");
        }
    }

    #[test]
    fn no_links_inside_links() {
        let blocks = parse("[a [b](https://b.example) c](https://c.example)");
        let links: Vec<_> = all_inlines(&blocks).into_iter().filter(|i| matches!(i, Inline::Link { .. })).collect();
        assert_eq!(links, vec![&link("https://b.example", vec![Inline::Text { text: "b".into(), source: Some(4..5) }])]);
        assert_eq!(plain_text(&blocks), "[a b c](https://c.example)");
    }

    #[test]
    fn sources_point_into_the_original() {
        let s = "a \\*b\\* **c**\n  d `e`";
        let blocks = parse(s);
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![
                Inline::Text { text: "a ".into(), source: Some(0..2) },
                Inline::Text { text: "*b".into(), source: Some(3..5) },
                Inline::Text { text: "* ".into(), source: Some(6..8) },
                Inline::Strong(vec![Inline::Text { text: "c".into(), source: Some(10..11) }]),
                Inline::Text { text: " ".into(), source: None },
                Inline::Text { text: "d ".into(), source: Some(16..18) },
                Inline::Code { text: "e".into(), source: Some(19..20) },
            ])]
        );
        let s = "`a\nb`";
        assert_eq!(parse(s), vec![Block::Paragraph(vec![Inline::Code { text: "a b".into(), source: None }])]);
    }

    #[test]
    fn plain_text_of_blocks() {
        let blocks = parse("Intro **bold** [x](https://a.example)\n\n- a\n- `b`\n\n7. x\n8. y");
        assert_eq!(plain_text(&blocks), "Intro bold x\n\n- a\n- b\n\n7. x\n8. y");
        assert_eq!(plain_text(&[]), "");
    }

    fn check_invariants(input: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let blocks = parse(input);
        proptest::prop_assert_eq!(&blocks, &parse(input));
        for i in all_inlines(&blocks) {
            match i {
                Inline::Text { text, source: Some(r) } | Inline::Code { text, source: Some(r) } => {
                    proptest::prop_assert_eq!(input.get(r.clone()), Some(text.as_str()), "{:?}", r);
                }
                Inline::Link { href, .. } => {
                    proptest::prop_assert!(links::check(href).is_ok(), "{}", href);
                }
                _ => {}
            }
        }
        let _ = plain_text(&blocks);
        Ok(())
    }

    fn depth(inl: &[Inline]) -> u32 {
        inl.iter()
            .map(|i| match i {
                Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { children: c, .. } => 1 + depth(c),
                _ => 1,
            })
            .max()
            .unwrap_or(0)
    }

    /// Parses a hostile input fully. Speed is measured by `make bench`, not
    /// here; an exponential parser would still never finish these.
    fn timed(input: &str) {
        let blocks = parse(input);
        let _ = plain_text(&blocks);
        for b in &blocks {
            let d = match b {
                Block::Paragraph(c) => depth(c),
                Block::List { items, .. } => items.iter().map(|i| depth(i)).max().unwrap_or(0),
            };
            assert!(d <= MAX_DEPTH + 1, "depth {d}");
        }
        check_invariants(input).unwrap();
    }

    #[test]
    fn nasty_inputs_are_safe() {
        timed(&"*a".repeat(50_000));
        timed(&"_a".repeat(50_000));
        timed(&"[".repeat(10_000));
        timed(&"[[[[".repeat(10_000));
        timed(&"]".repeat(100_000));
        timed(&"*".repeat(100_000));
        timed(&"**a ".repeat(25_000));
        timed(&"a**b*c*".repeat(15_000));
        timed(&"`".repeat(100_000));
        timed(&(1..3000).map(|n| "`".repeat(n % 60) + "x").collect::<String>());
        timed(&"[a](".repeat(25_000));
        timed(&"[a](https://x.example)".repeat(5_000));
        timed(&"![a](".repeat(20_000));
        timed(&"\\".repeat(100_000));
        timed(&"- a\n".repeat(25_000));
        timed(&"\n".repeat(100_000));
        timed(&"x".repeat(100_000));
        timed(&"\u{202e}\u{200f}é漢字\0*".repeat(10_000));
        timed(&format!("{}a{}", "[".repeat(10_000), "](https://a.example)".repeat(10_000)));
        // Deep nesting stays shallow in the tree (no stack overflow walking or dropping it).
        timed(&format!("{}a{}", "*".repeat(50_000), "*".repeat(50_000)));
        timed(&format!("{}a{}", "*a ".repeat(16_000), " a*".repeat(16_000)));
        timed(&format!("{}a{}", "_a **".repeat(10_000), "** a_".repeat(10_000)));
        timed(&format!("{}a{}", "*[*".repeat(10_000), "*](https://a.example)*".repeat(4_000)));
        timed(&format!("{}a{}", "**".repeat(100), "**".repeat(100)));
    }

    proptest::proptest! {
        #[test]
        fn any_printable_input(s in "\\PC*") {
            check_invariants(&s)?;
        }

        #[test]
        fn any_string_input(s in proptest::prelude::any::<String>()) {
            check_invariants(&s)?;
        }

        #[test]
        fn markdown_shaped_input(parts in proptest::collection::vec(proptest::prop_oneof![
            proptest::strategy::Just("[x](javascript:alert(1))".to_string()),
            proptest::strategy::Just("[x](data:text/html,<b>)".to_string()),
            proptest::strategy::Just("[x](//evil)".to_string()),
            proptest::strategy::Just("[x](https://ok.example)".to_string()),
            proptest::strategy::Just("[**y**](mailto:a@b.example)".to_string()),
            proptest::strategy::Just("](".to_string()),
            proptest::strategy::Just("\n".to_string()),
            proptest::strategy::Just("\n\n- ".to_string()),
            proptest::strategy::Just("\n1. ".to_string()),
            "[*_`\\[\\]()\\\\! a]{0,6}",
            "\\PC{0,8}",
        ], 0..24)) {
            let s = parts.concat();
            check_invariants(&s)?;
            let blocks = parse(&s);
            for i in all_inlines(&blocks) {
                if let Inline::Link { href, .. } = i {
                    let lower = href.to_ascii_lowercase();
                    proptest::prop_assert!(!lower.starts_with("javascript:") && !lower.starts_with("data:") && !lower.starts_with("//"));
                }
            }
        }
    }
}
