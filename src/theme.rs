//! theme: the platform's brand colour made safe to read. Whatever accent a
//! platform configures, text on the accent and accent-coloured text on the
//! panel's backgrounds keep a WCAG contrast of at least 4.5:1.

/// The panel's background in the light and the dark scheme (style/signpost.css).
pub const LIGHT_BACKGROUND: &str = "#ffffff";
pub const DARK_BACKGROUND: &str = "#161b22";
/// WCAG 2 AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// `#rrggbb` → (r, g, b).
pub fn rgb(hex: &str) -> Option<(u8, u8, u8)> {
    let h = hex.strip_prefix('#')?;
    if h.len() != 6 || !h.is_ascii() {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some((c(0)?, c(2)?, c(4)?))
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Relative luminance (WCAG 2).
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Black or white, whichever reads better on `accent`.
pub fn text_on(accent: (u8, u8, u8)) -> &'static str {
    if contrast(accent, (0, 0, 0)) >= contrast(accent, (255, 255, 255)) {
        "#000000"
    } else {
        "#ffffff"
    }
}

/// `accent` moved towards black (on a light background) or white (on a dark
/// one) just far enough to be readable as text on `background`.
pub fn readable_on(accent: (u8, u8, u8), background: (u8, u8, u8)) -> (u8, u8, u8) {
    let target = if luminance(background) > 0.5 { (0u8, 0u8, 0u8) } else { (255, 255, 255) };
    let mix = |a: u8, b: u8, t: f64| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    for step in 0..=20 {
        let t = f64::from(step) / 20.0;
        let c = (mix(accent.0, target.0, t), mix(accent.1, target.1, t), mix(accent.2, target.2, t));
        if contrast(c, background) >= MIN_CONTRAST {
            return c;
        }
    }
    target
}

/// The CSS custom properties an accent sets, in the order of
/// [`accent_properties`].
pub const ACCENT_PROPERTIES: [&str; 4] = ["--sp-accent", "--sp-on-accent", "--sp-accent-text-light", "--sp-accent-text-dark"];

/// The CSS custom properties for a configured accent (`#rrggbb`).
pub fn accent_properties(accent: &str) -> Vec<(&'static str, String)> {
    let Some(a) = rgb(accent) else { return Vec::new() };
    let light = rgb(LIGHT_BACKGROUND).unwrap_or((255, 255, 255));
    let dark = rgb(DARK_BACKGROUND).unwrap_or((0, 0, 0));
    let values = [hex(a), text_on(a).to_string(), hex(readable_on(a, light)), hex(readable_on(a, dark))];
    ACCENT_PROPERTIES.into_iter().zip(values).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        assert!((contrast((119, 119, 119), (255, 255, 255)) - 4.48).abs() < 0.01);
    }

    #[test]
    fn brand_yellow_gets_black_text_and_darker_links() {
        let props = accent_properties("#f0b90b");
        assert_eq!(props[1], ("--sp-on-accent", "#000000".to_string()));
        let link = rgb(&props[2].1).unwrap();
        assert!(contrast(link, (255, 255, 255)) >= MIN_CONTRAST);
        assert_ne!(props[2].1, "#f0b90b", "the yellow itself is unreadable on white");
        assert_eq!(props[3].1, "#f0b90b", "but it reads well on the dark background");
    }

    proptest::proptest! {
        #[test]
        fn every_accent_becomes_readable(r in 0u8..=255, g in 0u8..=255, b in 0u8..=255) {
            let a = (r, g, b);
            let on = rgb(text_on(a)).unwrap();
            // Black or white on any colour reaches at least 4.58:1.
            proptest::prop_assert!(contrast(a, on) >= MIN_CONTRAST);
            for bg in [rgb(LIGHT_BACKGROUND).unwrap(), rgb(DARK_BACKGROUND).unwrap()] {
                proptest::prop_assert!(contrast(readable_on(a, bg), bg) >= MIN_CONTRAST);
            }
        }
    }
}
