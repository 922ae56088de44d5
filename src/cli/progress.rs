//! A progress bar on stderr for long runs: documents done, bytes of text,
//! throughput and, when the input size is known, the time left. It is
//! drawn only when stderr is a terminal, so logs and pipelines never see
//! it, and `--quiet` turns it off.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    documents: u64,
}

impl Progress {
    /// `total_bytes` is the size of the inputs when known (files, not stdin).
    pub fn new(quiet: bool, total_bytes: Option<u64>) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { bar: None, documents: 0 };
        }
        let (bar, template) = match total_bytes {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                "{bar:30} {decimal_bytes}/{decimal_total_bytes}  {decimal_bytes_per_sec}  ETA {eta}  {msg}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {decimal_bytes}  {decimal_bytes_per_sec}  {elapsed}  {msg}",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        // Keeps the rate and elapsed time moving while a long document is extracted.
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar: Some(bar), documents: 0 }
    }

    /// `documents` more are done, with `bytes` of text between them.
    pub fn advance(&mut self, documents: u64, bytes: u64) {
        self.documents += documents;
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            bar.set_message(format!("{} documents", self.documents));
        }
    }

    /// Prints a line to stderr without tearing the bar.
    pub fn note(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}

/// The bar is removed when the run ends, however it ends, leaving stderr
/// as it would be without one.
impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// How a command that extracts runs: on how many threads, and whether it
/// draws the progress bar.
#[derive(clap::Args)]
pub struct RunOptions {
    /// Worker threads for extraction (default: one per core). The output is the same for any number.
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub threads: usize,
    /// No progress bar (it is drawn only when stderr is a terminal).
    #[arg(long, short)]
    pub quiet: bool,
}
