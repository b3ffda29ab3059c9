//! hours: when a support channel is open.
//!
//! Opening hours are weekly slots of wall-clock time in an IANA time zone,
//! with whole days closed for holidays. No time-zone database is compiled in:
//! the browser answers "what is the UTC offset of this zone at this instant"
//! through `Intl` (see `host`), behind the `ZoneOffsets` trait, and everything
//! here is pure arithmetic on that answer, tested natively.

use std::fmt;

/// Milliseconds since the Unix epoch, UTC (what `Date.now()` gives).
pub type Instant = i64;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub fn id(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }

    pub fn from_id(id: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|d| d.id() == id)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn index(self) -> u8 {
        self as u8
    }
}

/// A wall-clock time, minutes after midnight, 0..=1440 (1440 is "24:00").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay(pub u16);

impl TimeOfDay {
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(1440);

    /// Parses `HH:MM` (00:00 to 24:00).
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let (h, m) = text.split_once(':')?;
        if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        match (h, m) {
            (24, 0) => Some(TimeOfDay::END_OF_DAY),
            (0..=23, 0..=59) => Some(TimeOfDay(h * 60 + m)),
            _ => None,
        }
    }

    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        if !y.bytes().chain(m.bytes()).chain(d.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let date = Date { year: y.parse().ok()?, month: m.parse().ok()?, day: d.parse().ok()? };
        (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= days_in_month(date.year, date.month))
            .then_some(date)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

/// One weekly opening: on each of `days`, from `open` to `close` local time.
/// A `close` at or before `open` means the slot runs past midnight into the
/// next day (22:00–06:00); `open` 00:00 with `close` 24:00 is the whole day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub days: Vec<Weekday>,
    pub open: TimeOfDay,
    pub close: TimeOfDay,
}

/// When a channel answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hours {
    Always,
    Weekly {
        /// IANA zone name, e.g. `Asia/Shanghai`, checked by the browser at load.
        zone: String,
        slots: Vec<Slot>,
        /// Whole local days closed (holidays), whatever the slots say. A slot
        /// that starts the day before and runs past midnight still ends on time.
        closed_dates: Vec<Date>,
    },
}

/// The UTC offset of a zone at an instant, in minutes (local = UTC + offset).
/// The browser implements it with `Intl.DateTimeFormat`; tests with rules.
pub trait ZoneOffsets {
    fn offset_minutes(&self, zone: &str, at: Instant) -> i32;
}

/// A syntactic check of an IANA zone name ("UTC", "Area/City", "Area/Sub/City").
/// Whether the zone exists is the browser's to say.
pub fn looks_like_zone(name: &str) -> bool {
    if name == "UTC" || name == "Etc/UTC" {
        return true;
    }
    let parts: Vec<&str> = name.split('/').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.starts_with(|c: char| c.is_ascii_alphabetic())
                && p.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day_parse() {
        assert_eq!(TimeOfDay::parse("09:30"), Some(TimeOfDay(570)));
        assert_eq!(TimeOfDay::parse("00:00"), Some(TimeOfDay::MIDNIGHT));
        assert_eq!(TimeOfDay::parse("24:00"), Some(TimeOfDay::END_OF_DAY));
        for bad in ["25:00", "24:01", "9:30", "09:60", "0930", "ab:cd", "", "09:3", "+9:30"] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
        assert_eq!(TimeOfDay(570).to_string(), "09:30");
    }

    #[test]
    fn dates_parse_and_know_their_weekday() {
        let d = Date::parse("2026-11-23").unwrap();
        assert_eq!(d.weekday(), Weekday::Mon);
        assert_eq!(Date::parse("2024-02-29").unwrap().weekday(), Weekday::Thu);
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-01x"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
    }

    proptest::proptest! {
        #[test]
        fn days_round_trip(days in -800_000i64..800_000) {
            let date = Date::from_days_since_epoch(days);
            proptest::prop_assert_eq!(date.days_since_epoch(), days);
            proptest::prop_assert_eq!(Date::parse(&date.to_string()).filter(|_| date.year >= 1000 && date.year <= 9999), (date.year >= 1000 && date.year <= 9999).then_some(date));
        }
    }

    #[test]
    fn zone_names() {
        for ok in ["UTC", "Asia/Shanghai", "America/Argentina/Buenos_Aires", "Etc/GMT+8", "America/Port-au-Prince"] {
            assert!(looks_like_zone(ok), "{ok}");
        }
        for bad in ["", "Shanghai", "Asia/", "/Asia", "Asia/Shang hai", "A/B/C/D", "Asia/<script>"] {
            assert!(!looks_like_zone(bad), "{bad}");
        }
    }
}
