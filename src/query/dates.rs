//! `--since` and `--until` dates: a day, a month or a year, taken as its
//! first day for `--since` and its last for `--until`.

use chrono::NaiveDate;

use crate::error::{Error, Result};

pub fn parse_since(text: &str) -> Result<NaiveDate> {
    parse(text, false)
}

pub fn parse_until(text: &str) -> Result<NaiveDate> {
    parse(text, true)
}

fn parse(text: &str, end: bool) -> Result<NaiveDate> {
    let bad = || Error::Usage(format!("\"{text}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number = |part: &str| part.parse::<u32>().map_err(|_| bad());
    let (year, month, day) = match parts[..] {
        [y, m, d] => (number(y)?, number(m)?, Some(number(d)?)),
        [y, m] => (number(y)?, number(m)?, None),
        [y] => (number(y)?, if end { 12 } else { 1 }, None),
        _ => return Err(bad()),
    };
    let year = i32::try_from(year).map_err(|_| bad())?;
    match day {
        Some(day) => NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad),
        None if end => {
            let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
            NaiveDate::from_ymd_opt(next_year, next_month, 1).and_then(|d| d.pred_opt()).ok_or_else(bad)
        }
        None => NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_months_and_years() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(parse_since("2016-09-28").unwrap(), d("2016-09-28"));
        assert_eq!(parse_until("2016-09-28").unwrap(), d("2016-09-28"));
        assert_eq!(parse_since("2016-02").unwrap(), d("2016-02-01"));
        assert_eq!(parse_until("2016-02").unwrap(), d("2016-02-29"));
        assert_eq!(parse_since("2016").unwrap(), d("2016-01-01"));
        assert_eq!(parse_until("2016").unwrap(), d("2016-12-31"));
        for bad in ["yesterday", "2016-13", "2016-02-30", "", "2016-1-2-3"] {
            assert!(parse_since(bad).is_err(), "{bad}");
        }
    }
}
