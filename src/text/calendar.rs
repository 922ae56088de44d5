//! Day and month names: words every stage after cleaning must not take for
//! names ("Wednesday") and may skip as time words ("on Wednesday").

/// The days of the week, lower case.
pub const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A day of the week, in any case.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|day| day.eq_ignore_ascii_case(word))
}

/// A month name, in any case ("May" is also a verb: callers decide by case).
pub fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|month| month.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_in_any_case() {
        assert!(super::is_weekday("Wednesday") && super::is_weekday("sunday"));
        assert!(super::is_month("September") && !super::is_month("Sept"));
    }
}
