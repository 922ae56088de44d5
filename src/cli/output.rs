//! What the commands that read articles share: reporting what was skipped
//! with the summary line that goes with exit status 1, and loading the
//! lexicon with every mistake shown.

use std::path::Path;

use diplograph::{Error, Lexicon};

use super::Outcome;

/// The end of a run that read `total` documents and skipped `skipped` of
/// them: the summary line, and how the run ended. Nothing read at all is an
/// unusable input.
pub fn finish(skipped: usize, total: usize) -> diplograph::Result<Outcome> {
    if skipped == 0 {
        return Ok(Outcome::Clean);
    }
    let noun = if total == 1 { "document" } else { "documents" };
    eprintln!("diplograph: {skipped} of {total} {noun} skipped");
    if skipped == total {
        return Err(Error::Usage("no document could be read".into()));
    }
    Ok(Outcome::SomeSkipped)
}

/// The lexicon: the built-in one plus `paths`. Every mistake of the files is
/// printed, not only the first, so that one run shows all there is to fix.
///
/// A command uses its lexicon until it ends, and the process with it: the
/// lexicon is left to the end of the process rather than dropped, as
/// freeing its tens of thousands of allocations one by one cost a
/// twentieth of loading it, for nothing.
pub fn lexicon(paths: &[impl AsRef<Path>]) -> diplograph::Result<&'static Lexicon> {
    if paths.is_empty() {
        return Ok(Box::leak(Box::new(Lexicon::embedded())));
    }
    let (lexicon, problems) = Lexicon::with_user_files_checked(paths)?;
    if problems.is_empty() {
        return Ok(Box::leak(Box::new(lexicon)));
    }
    for problem in &problems {
        eprintln!("diplograph: {problem}");
    }
    let noun = if problems.len() == 1 { "mistake" } else { "mistakes" };
    Err(Error::Usage(format!("the lexicon files have {} {noun}", problems.len())))
}
