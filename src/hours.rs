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

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;

/// Whether a channel is open at an instant, and when that changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    /// Open now. `until`: the first instant it is no longer open (end of the merged run of
    /// back-to-back or overlapping slots); None for `Hours::Always`, or when no close is found
    /// within the search horizon.
    Open { until: Option<Instant> },
    /// Closed now. `opens_at`: the next instant it opens, None if it does not open within the horizon.
    Closed { opens_at: Option<Instant> },
}

impl Availability {
    pub fn is_open(self) -> bool {
        matches!(self, Availability::Open { .. })
    }
}

/// Search horizon for next open/close: 35 days (long enough to step over a run of holidays).
pub const HORIZON_DAYS: i64 = 35;

/// The wall-clock date, weekday and minute of `at` in `zone`.
pub fn local_parts(zones: &dyn ZoneOffsets, zone: &str, at: Instant) -> (Date, Weekday, TimeOfDay) {
    let local = at + offset_ms(zones, zone, at);
    let date = Date::from_days_since_epoch(local.div_euclid(DAY_MS));
    (date, date.weekday(), TimeOfDay((local.rem_euclid(DAY_MS) / MINUTE_MS) as u16))
}

/// Whether `hours` is open at `now`, and until when / from when.
///
/// Each slot on each local day D it lists (unless D is in `closed_dates`) gives one
/// occurrence [D+open, D+close), or [D+open, D+1+close) when close <= open. Holidays only stop
/// occurrences from *starting*, so last night's late shift still ends on time. Open iff an
/// occurrence contains `now`; `until` is the end of the run of overlapping or touching
/// occurrences through `now`, so the channel is always closed at `until`.
///
/// Local times become instants by `local_to_instant` (gap: first instant after it; overlap:
/// earlier occurrence). That mapping is monotone, so occurrence starts come in day order and one
/// sweep over days from yesterday forward settles everything, with about one offset lookup per day.
pub fn availability(hours: &Hours, zones: &dyn ZoneOffsets, now: Instant) -> Availability {
    let (zone, slots, closed_dates) = match hours {
        Hours::Always => return Availability::Open { until: None },
        Hours::Weekly { zone, slots, closed_dates } => (zone.as_str(), slots, closed_dates),
    };
    if slots.iter().all(|slot| slot.days.is_empty()) {
        return Availability::Closed { opens_at: None };
    }
    let mut clock = LocalClock::new(zones, zone);
    let today = (now + offset_ms(zones, zone, now)).div_euclid(DAY_MS);
    let mut occurrences = Vec::with_capacity(slots.len());
    // Furthest end among occurrences starting at or before `now`, then of the run through `now`.
    let mut reach = Instant::MIN;
    // Yesterday is the earliest day whose occurrences can still be running: an occurrence ends
    // by the second local midnight after its day.
    for day in today - 1..=today + HORIZON_DAYS {
        day_occurrences(&mut clock, slots, closed_dates, day, &mut occurrences);
        for &(start, end) in &occurrences {
            if start <= now {
                reach = reach.max(end);
            } else if reach <= now {
                return Availability::Closed { opens_at: Some(start) };
            } else if start > reach {
                return Availability::Open { until: Some(reach) };
            } else {
                reach = reach.max(end);
            }
        }
        // Later days start no earlier than the next local midnight, so a run ending before it is
        // over. (That midnight may come before `now` when a fall-back repeats the end of a day.)
        if reach > now && reach < clock.instant((day + 1) * DAY_MS) {
            return Availability::Open { until: Some(reach) };
        }
    }
    if reach > now {
        Availability::Open { until: None }
    } else {
        Availability::Closed { opens_at: None }
    }
}

/// The non-empty occurrences of slots on local `day`, sorted by start. Empty ones come from slots
/// that fall wholly inside a spring-forward gap: that time never shows on the clock.
fn day_occurrences(
    clock: &mut LocalClock<'_>,
    slots: &[Slot],
    closed_dates: &[Date],
    day: i64,
    out: &mut Vec<(Instant, Instant)>,
) {
    out.clear();
    let weekday = Weekday::ALL[(day + 3).rem_euclid(7) as usize];
    let mut holiday = None;
    for slot in slots {
        if !slot.days.contains(&weekday) {
            continue;
        }
        if !closed_dates.is_empty()
            && *holiday.get_or_insert_with(|| closed_dates.contains(&Date::from_days_since_epoch(day)))
        {
            return;
        }
        // The fields are public, so clamp rather than trust them to be <= 24:00.
        let open = i64::from(slot.open.0.min(1440));
        let close = i64::from(slot.close.0.min(1440));
        let end_day = if close <= open { day + 1 } else { day };
        let start = clock.instant(day * DAY_MS + open * MINUTE_MS);
        let end = clock.instant(end_day * DAY_MS + close * MINUTE_MS);
        if start < end {
            out.push((start, end));
        }
    }
    crate::sort::sort(out);
}

fn offset_ms(zones: &dyn ZoneOffsets, zone: &str, at: Instant) -> i64 {
    i64::from(zones.offset_minutes(zone, at)) * MINUTE_MS
}

/// The instant at which the clock in `zone` shows `local` (milliseconds since the epoch as if the
/// wall clock were UTC). A skipped time (spring-forward gap) gives the first instant after the gap,
/// as clocks read then; a repeated time (fall-back overlap) gives its earlier occurrence.
///
/// Offsets are at most about ±15 h, so every candidate lies within a day of `local`; the offsets a
/// day either side are the ones before and after any transition near it (real zones do not change
/// twice within a day).
fn local_to_instant(zones: &dyn ZoneOffsets, zone: &str, local: i64) -> Instant {
    let offset = |at: Instant| offset_ms(zones, zone, at);
    let before = offset(local - DAY_MS);
    let after = offset(local + DAY_MS);
    let valid = |o: i64| (offset(local - o) == o).then_some(local - o);
    match (valid(before), if after == before { None } else { valid(after) }) {
        (Some(a), Some(b)) => return a.min(b),
        (Some(t), None) | (None, Some(t)) => return t,
        (None, None) => {}
    }
    // In a gap: find the transition, the first instant whose wall clock is at or past `local`.
    let wall = |at: Instant| at + offset(at);
    let (mut lo, mut hi) = (local - before.max(after), local - before.min(after));
    if lo < hi && wall(lo) < local && wall(hi) >= local {
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if wall(mid) >= local {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
    // Only for a zone changing more than once within a day; any answer near the truth will do.
    local - before
}

/// `local_to_instant` with the zone's offset sampled once per local midnight: where the offset is
/// the same a day before and two days after a local day, no transition is near and the
/// conversion is a subtraction. Saves most `Intl` calls in the browser.
struct LocalClock<'a> {
    zones: &'a dyn ZoneOffsets,
    zone: &'a str,
    /// (day, offset at that day's midnight as if UTC), by day modulo 8: the sweep needs 6 at once.
    samples: [(i64, i64); 8],
}

impl<'a> LocalClock<'a> {
    fn new(zones: &'a dyn ZoneOffsets, zone: &'a str) -> Self {
        LocalClock { zones, zone, samples: [(i64::MIN, 0); 8] }
    }

    fn sample(&mut self, day: i64) -> i64 {
        let entry = &mut self.samples[day.rem_euclid(8) as usize];
        if entry.0 != day {
            *entry = (day, offset_ms(self.zones, self.zone, day * DAY_MS));
        }
        entry.1
    }

    fn instant(&mut self, local: i64) -> Instant {
        let day = local.div_euclid(DAY_MS);
        let offset = self.sample(day - 1);
        if offset == self.sample(day + 2) {
            local - offset
        } else {
            local_to_instant(self.zones, self.zone, local)
        }
    }
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

    use proptest::strategy::Strategy;

    const HOUR_MS: i64 = 60 * MINUTE_MS;

    /// Offsets by rule, the way `Intl` would answer for these zones (current rules only).
    struct TestZones;

    fn nth_sunday(year: i32, month: u8, n: i64) -> i64 {
        let first = Date { year, month, day: 1 };
        first.days_since_epoch() + (6 - i64::from(first.weekday().index())) + 7 * (n - 1)
    }

    fn last_sunday(year: i32, month: u8) -> i64 {
        let last = Date { year, month, day: days_in_month(year, month) };
        last.days_since_epoch() - i64::from((last.weekday().index() + 1) % 7)
    }

    /// Daylight-saving start and end (UTC) of a rule zone in `year`, None for fixed zones.
    fn dst_period(zone: &str, year: i32) -> Option<(Instant, Instant)> {
        let (start, end) = match zone {
            "Europe/London" => (last_sunday(year, 3) * DAY_MS + HOUR_MS, last_sunday(year, 10) * DAY_MS + HOUR_MS),
            "America/New_York" => (nth_sunday(year, 3, 2) * DAY_MS + 7 * HOUR_MS, nth_sunday(year, 11, 1) * DAY_MS + 6 * HOUR_MS),
            // Made up, to cross midnight: 00:00 EST jumps to 01:00; 00:30 EDT falls back to 23:30.
            "Test/Midnight" => (nth_sunday(year, 3, 2) * DAY_MS + 5 * HOUR_MS, nth_sunday(year, 11, 1) * DAY_MS + 4 * HOUR_MS + 30 * MINUTE_MS),
            _ => return None,
        };
        Some((start, end))
    }

    impl ZoneOffsets for TestZones {
        fn offset_minutes(&self, zone: &str, at: Instant) -> i32 {
            let year = Date::from_days_since_epoch(at.div_euclid(DAY_MS)).year;
            let summer = dst_period(zone, year).is_some_and(|(start, end)| (start..end).contains(&at));
            match zone {
                "Asia/Shanghai" => 480,
                "Etc/GMT+5" => -300,
                "Europe/London" => i32::from(summer) * 60,
                "America/New_York" | "Test/Midnight" => if summer { -240 } else { -300 },
                _ => 0,
            }
        }
    }

    const DST_ZONES: [&str; 3] = ["Europe/London", "America/New_York", "Test/Midnight"];

    /// `YYYY-MM-DD HH:MM` as UTC.
    fn utc(text: &str) -> Instant {
        let (date, time) = text.split_once(' ').unwrap();
        Date::parse(date).unwrap().days_since_epoch() * DAY_MS + i64::from(TimeOfDay::parse(time).unwrap().0) * MINUTE_MS
    }

    fn weekly(zone: &str, slots: &[(&str, &str, &str)], closed: &[&str]) -> Hours {
        Hours::Weekly {
            zone: zone.to_string(),
            slots: slots
                .iter()
                .map(|(days, open, close)| Slot {
                    days: days.split(',').map(|d| Weekday::from_id(d).unwrap()).collect(),
                    open: TimeOfDay::parse(open).unwrap(),
                    close: TimeOfDay::parse(close).unwrap(),
                })
                .collect(),
            closed_dates: closed.iter().map(|d| Date::parse(d).unwrap()).collect(),
        }
    }

    fn open_until(at: &str) -> Availability {
        Availability::Open { until: Some(utc(at)) }
    }

    fn opens_at(at: &str) -> Availability {
        Availability::Closed { opens_at: Some(utc(at)) }
    }

    const WORKDAYS: &str = "mon,tue,wed,thu,fri";

    #[test]
    fn availability_table() {
        let office = weekly("UTC", &[(WORKDAYS, "09:00", "18:00")], &[]);
        let night = weekly("UTC", &[("mon", "22:00", "06:00")], &[]);
        let christmas = weekly("UTC", &[(WORKDAYS, "09:00", "18:00")], &["2026-12-25"]);
        let new_year = ["2026-12-24", "2026-12-25", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01"];
        let shanghai = weekly("Asia/Shanghai", &[(WORKDAYS, "09:00", "18:00")], &[]);
        let ny_gap = weekly("America/New_York", &[("sun", "02:30", "10:00")], &[]);
        let ny_night = weekly("America/New_York", &[("sat", "22:00", "06:00")], &[]);
        let ny_short = weekly("America/New_York", &[("sat", "22:00", "01:30")], &[]);
        let london_sunday = weekly("Europe/London", &[("sun", "00:00", "24:00")], &[]);
        let cases: Vec<(&str, Hours, Instant, Availability)> = vec![
            ("office: open at 09:00 exactly", office.clone(), utc("2026-11-23 09:00"), open_until("2026-11-23 18:00")),
            ("office: closed at 18:00 exactly", office.clone(), utc("2026-11-23 18:00"), opens_at("2026-11-24 09:00")),
            ("office: open at 17:59", office.clone(), utc("2026-11-23 17:59"), open_until("2026-11-23 18:00")),
            ("office: closed at 08:59", office.clone(), utc("2026-11-23 08:59"), opens_at("2026-11-23 09:00")),
            ("office: friday evening waits for monday", office.clone(), utc("2026-11-27 19:00"), opens_at("2026-11-30 09:00")),
            ("office: saturday", office.clone(), utc("2026-11-28 12:00"), opens_at("2026-11-30 09:00")),
            ("night: open at 23:00", night.clone(), utc("2026-11-23 23:00"), open_until("2026-11-24 06:00")),
            ("night: open at 03:00 next morning", night.clone(), utc("2026-11-24 03:00"), open_until("2026-11-24 06:00")),
            ("night: closed at 06:00", night.clone(), utc("2026-11-24 06:00"), opens_at("2026-11-30 22:00")),
            ("whole days merge into one run", weekly("UTC", &[("sat,sun", "00:00", "24:00")], &[]), utc("2026-11-28 10:00"), open_until("2026-11-30 00:00")),
            ("touching slots merge", weekly("UTC", &[("mon", "12:00", "18:00"), ("mon", "09:00", "12:00")], &[]), utc("2026-11-23 10:00"), open_until("2026-11-23 18:00")),
            ("overlapping slots merge", weekly("UTC", &[("mon", "18:30", "19:00"), ("mon", "09:00", "13:00"), ("mon", "12:00", "18:00")], &[]), utc("2026-11-23 12:30"), open_until("2026-11-23 18:00")),
            ("lunch break", weekly("UTC", &[("mon", "09:00", "12:00"), ("mon", "13:00", "18:00")], &[]), utc("2026-11-23 12:00"), opens_at("2026-11-23 13:00")),
            ("night slot runs into morning slot", weekly("UTC", &[("mon", "22:00", "06:00"), ("tue", "06:00", "10:00")], &[]), utc("2026-11-23 23:00"), open_until("2026-11-24 10:00")),
            ("holiday: christmas eve evening", christmas.clone(), utc("2026-12-24 19:00"), opens_at("2026-12-28 09:00")),
            ("holiday: closed all day", christmas.clone(), utc("2026-12-25 10:00"), opens_at("2026-12-28 09:00")),
            ("holiday: run of holidays", weekly("UTC", &[(WORKDAYS, "09:00", "18:00")], &new_year), utc("2026-12-23 19:00"), opens_at("2027-01-04 09:00")),
            ("holiday: last night's slot still runs", weekly("UTC", &[("thu", "22:00", "06:00")], &["2026-12-25"]), utc("2026-12-25 03:00"), open_until("2026-12-25 06:00")),
            ("holiday: no slot starts on it", weekly("UTC", &[("thu,fri", "22:00", "06:00")], &["2026-12-25"]), utc("2026-12-25 06:00"), opens_at("2026-12-31 22:00")),
            ("shanghai: 09:00 local is 01:00 UTC", shanghai.clone(), utc("2026-11-23 01:00"), open_until("2026-11-23 10:00")),
            ("shanghai: monday 07:00 local is sunday UTC", shanghai.clone(), utc("2026-11-22 23:00"), opens_at("2026-11-23 01:00")),
            ("shanghai: friday 18:00 local", shanghai.clone(), utc("2026-11-27 10:00"), opens_at("2026-11-30 01:00")),
            ("utc-5: monday 08:00 local", weekly("Etc/GMT+5", &[(WORKDAYS, "09:00", "17:00")], &[]), utc("2026-11-23 13:00"), opens_at("2026-11-23 14:00")),
            ("london summer: 09:00 BST", weekly("Europe/London", &[(WORKDAYS, "09:00", "18:00")], &[]), utc("2026-07-06 08:00"), open_until("2026-07-06 17:00")),
            ("new york spring forward: 02:30 opens at 03:00 EDT", ny_gap.clone(), utc("2026-03-08 06:00"), opens_at("2026-03-08 07:00")),
            ("new york spring forward: open until 10:00 EDT", ny_gap.clone(), utc("2026-03-08 07:00"), open_until("2026-03-08 14:00")),
            ("new york fall back: night slot ends at 06:00 EST", ny_night.clone(), utc("2026-11-01 06:30"), open_until("2026-11-01 11:00")),
            ("new york fall back: close in the overlap is the first 01:30", ny_short.clone(), utc("2026-11-01 05:00"), open_until("2026-11-01 05:30")),
            ("new york fall back: the second 01:15 is closed", ny_short.clone(), utc("2026-11-01 06:15"), opens_at("2026-11-08 03:00")),
            ("london spring forward: day is 23 h", london_sunday.clone(), utc("2026-03-29 00:00"), open_until("2026-03-29 23:00")),
            ("london fall back: day is 25 h", london_sunday.clone(), utc("2026-10-24 23:00"), open_until("2026-10-26 00:00")),
            ("london: opening in the gap", weekly("Europe/London", &[("sun", "01:30", "05:00")], &[]), utc("2026-03-29 00:00"), opens_at("2026-03-29 01:00")),
            ("always", Hours::Always, utc("2026-11-23 03:00"), Availability::Open { until: None }),
            ("empty slots", weekly("UTC", &[], &[]), utc("2026-11-23 03:00"), Availability::Closed { opens_at: None }),
            ("slot without days", Hours::Weekly { zone: "UTC".into(), slots: vec![Slot { days: vec![], open: TimeOfDay(0), close: TimeOfDay(1440) }], closed_dates: vec![] }, utc("2026-11-23 03:00"), Availability::Closed { opens_at: None }),
            ("every day, all day: no close within the horizon", weekly("Europe/London", &[("mon,tue,wed,thu,fri,sat,sun", "00:00", "24:00")], &[]), utc("2026-11-23 03:00"), Availability::Open { until: None }),
        ];
        for (name, hours, now, expected) in cases {
            assert_eq!(availability(&hours, &TestZones, now), expected, "{name}");
        }
    }

    #[test]
    fn day_lengths_follow_daylight_saving() {
        let day = |zone: &str, date: &str| {
            let hours = weekly(zone, &[("mon,tue,wed,thu,fri,sat,sun", "00:00", "24:00")], &[]);
            let hours = match hours {
                Hours::Weekly { zone, slots, .. } => {
                    // Close every other day so each run is one day long.
                    let date = Date::parse(date).unwrap().days_since_epoch();
                    let closed = (-3..=3).filter(|d| *d != 0).map(|d| Date::from_days_since_epoch(date + d)).collect();
                    Hours::Weekly { zone, slots, closed_dates: closed }
                }
                Hours::Always => unreachable!(),
            };
            let start = local_to_instant(&TestZones, zone, Date::parse(date).unwrap().days_since_epoch() * DAY_MS);
            match availability(&hours, &TestZones, start) {
                Availability::Open { until: Some(end) } => (end - start) / HOUR_MS,
                other => panic!("{zone} {date}: {other:?}"),
            }
        };
        assert_eq!(day("Europe/London", "2026-03-29"), 23);
        assert_eq!(day("Europe/London", "2026-10-25"), 25);
        assert_eq!(day("Europe/London", "2026-10-26"), 24);
        assert_eq!(day("America/New_York", "2026-03-08"), 23);
        assert_eq!(day("America/New_York", "2026-11-01"), 25);
        assert_eq!(day("Asia/Shanghai", "2026-03-29"), 24);
    }

    #[test]
    fn wall_clock_to_instant_handles_gaps_and_overlaps() {
        let local = |text: &str| utc(text);
        let ny = |text: &str| local_to_instant(&TestZones, "America/New_York", local(text));
        assert_eq!(ny("2026-03-08 01:59"), utc("2026-03-08 06:59"));
        assert_eq!(ny("2026-03-08 02:00"), utc("2026-03-08 07:00"));
        assert_eq!(ny("2026-03-08 02:30"), utc("2026-03-08 07:00"));
        assert_eq!(ny("2026-03-08 03:00"), utc("2026-03-08 07:00"));
        assert_eq!(ny("2026-11-01 00:59"), utc("2026-11-01 04:59"));
        assert_eq!(ny("2026-11-01 01:30"), utc("2026-11-01 05:30"));
        assert_eq!(ny("2026-11-01 02:00"), utc("2026-11-01 07:00"));
        let midnight = |text: &str| local_to_instant(&TestZones, "Test/Midnight", local(text));
        assert_eq!(midnight("2026-03-08 00:00"), utc("2026-03-08 05:00"));
        assert_eq!(midnight("2026-10-31 23:45"), utc("2026-11-01 03:45"));
        assert_eq!(midnight("2026-11-01 00:15"), utc("2026-11-01 04:15"));
        assert_eq!(local_to_instant(&TestZones, "Asia/Shanghai", local("2026-11-23 09:00")), utc("2026-11-23 01:00"));
    }

    #[test]
    fn local_parts_reads_the_wall_clock() {
        let parts = |zone: &str, at: &str| {
            let (date, weekday, time) = local_parts(&TestZones, zone, utc(at));
            (date.to_string(), weekday, time.to_string())
        };
        assert_eq!(parts("Asia/Shanghai", "2026-11-22 23:00"), ("2026-11-23".into(), Weekday::Mon, "07:00".into()));
        assert_eq!(parts("America/New_York", "2026-11-01 05:30"), ("2026-11-01".into(), Weekday::Sun, "01:30".into()));
        assert_eq!(parts("America/New_York", "2026-11-01 06:30"), ("2026-11-01".into(), Weekday::Sun, "01:30".into()));
        assert_eq!(parts("Europe/London", "2026-07-06 23:30"), ("2026-07-07".into(), Weekday::Tue, "00:30".into()));
        assert_eq!(parts("UTC", "1969-12-31 23:59"), ("1969-12-31".into(), Weekday::Wed, "23:59".into()));
    }

    /// Open per the definition, by brute force over nearby days with the slow conversion.
    fn open_by_definition(hours: &Hours, now: Instant) -> bool {
        let Hours::Weekly { zone, slots, closed_dates } = hours else { return true };
        let (date, _, _) = local_parts(&TestZones, zone, now);
        let today = date.days_since_epoch();
        (today - 3..=today + 2).any(|day| {
            let date = Date::from_days_since_epoch(day);
            !closed_dates.contains(&date)
                && slots.iter().any(|slot| {
                    let (open, close) = (i64::from(slot.open.0), i64::from(slot.close.0));
                    let end_day = if close <= open { day + 1 } else { day };
                    slot.days.contains(&date.weekday())
                        && local_to_instant(&TestZones, zone, day * DAY_MS + open * MINUTE_MS) <= now
                        && now < local_to_instant(&TestZones, zone, end_day * DAY_MS + close * MINUTE_MS)
                })
        })
    }

    fn slot() -> impl Strategy<Value = Slot> {
        // Half-hour times half of the time, so that slots touch and overlap often.
        let time = || proptest::prop_oneof![(0u16..=48).prop_map(|h| h * 30), 0u16..=1440].prop_map(TimeOfDay);
        (1u8..128, time(), time()).prop_map(|(mask, open, close)| Slot {
            days: Weekday::ALL.into_iter().filter(|d| mask >> d.index() & 1 == 1).collect(),
            open,
            close,
        })
    }

    /// Hours in a DST zone and an instant over 2026–2027, often within days of a transition.
    fn dst_case() -> impl Strategy<Value = (Hours, Instant)> {
        let near_transition = (0usize..3, 2026i32..2028, proptest::bool::ANY, -3 * DAY_MS..3 * DAY_MS).prop_map(|(z, year, spring, delta)| {
            let (start, end) = dst_period(DST_ZONES[z], year).unwrap();
            (z, if spring { start } else { end } + delta)
        });
        let anywhen = (0usize..3, utc("2026-01-01 00:00")..utc("2028-01-01 00:00"));
        let when = proptest::prop_oneof![near_transition, anywhen];
        (when, proptest::collection::vec(slot(), 1..=4), proptest::collection::vec(-2i64..12, 0..=3)).prop_map(|((z, now), slots, closed)| {
            let today = local_parts(&TestZones, DST_ZONES[z], now).0.days_since_epoch();
            let closed_dates = closed.into_iter().map(|d| Date::from_days_since_epoch(today + d)).collect();
            (Hours::Weekly { zone: DST_ZONES[z].to_string(), slots, closed_dates }, now)
        })
    }

    proptest::proptest! {
        #[test]
        fn opens_at_is_the_next_opening((hours, now) in dst_case()) {
            if let Availability::Closed { opens_at: Some(t) } = availability(&hours, &TestZones, now) {
                proptest::prop_assert!(t > now);
                proptest::prop_assert!(availability(&hours, &TestZones, t).is_open());
                for k in 1..=20 {
                    let between = now + (t - now) * k / 21;
                    proptest::prop_assert!(!availability(&hours, &TestZones, between).is_open(), "open at {}", between);
                }
                proptest::prop_assert!(!availability(&hours, &TestZones, t - 1).is_open());
            }
        }

        #[test]
        fn until_is_the_next_closing((hours, now) in dst_case()) {
            if let Availability::Open { until: Some(t) } = availability(&hours, &TestZones, now) {
                proptest::prop_assert!(t > now);
                proptest::prop_assert!(!availability(&hours, &TestZones, t).is_open());
                for k in 0..20 {
                    let between = now + (t - now) * k / 20;
                    proptest::prop_assert!(availability(&hours, &TestZones, between).is_open(), "closed at {}", between);
                }
                proptest::prop_assert!(availability(&hours, &TestZones, t - 1).is_open());
            }
        }

        #[test]
        fn open_matches_the_slot_occurrences((hours, now) in dst_case()) {
            proptest::prop_assert_eq!(availability(&hours, &TestZones, now).is_open(), open_by_definition(&hours, now));
        }

        #[test]
        fn availability_is_deterministic((hours, now) in dst_case()) {
            proptest::prop_assert_eq!(availability(&hours, &TestZones, now), availability(&hours, &TestZones, now));
        }

        #[test]
        fn availability_never_panics(
            zone in proptest::sample::select(vec!["UTC", "Asia/Shanghai", "Etc/GMT+5", "Europe/London", "America/New_York", "Test/Midnight"]),
            slots in proptest::collection::vec(slot(), 0..=4),
            now in utc("1900-01-01 00:00")..utc("2200-01-01 00:00"),
        ) {
            let hours = Hours::Weekly { zone: zone.to_string(), slots, closed_dates: vec![] };
            let _ = availability(&hours, &TestZones, now);
            let _ = local_parts(&TestZones, zone, now);
        }
    }
}
