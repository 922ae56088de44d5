//! The one error type of the library. Every variant names what the user
//! must fix: the file, and the line when there is one.

use std::fmt;
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum Error {
    /// A file or folder that could not be read or written.
    Io { path: PathBuf, source: std::io::Error },
    /// A document that is not usable: not UTF-8, a malformed JSON line, ...
    /// `line` is 1-based, for JSON Lines inputs.
    BadDocument { path: PathBuf, line: Option<usize>, message: String },
    /// A lexicon file with a mistake on `line` (1-based).
    Lexicon { path: String, line: usize, message: String },
    /// A graph file that is not ours, or of another format version.
    GraphFile { path: PathBuf, message: String },
    /// Anything the user asked for that cannot be done (unknown actor, ...).
    Usage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            Error::BadDocument { path, line: Some(line), message } => {
                write!(f, "{}:{}: {}", path.display(), line, message)
            }
            Error::BadDocument { path, line: None, message } => {
                write!(f, "{}: {}", path.display(), message)
            }
            Error::Lexicon { path, line, message } => write!(f, "{path}:{line}: {message}"),
            Error::GraphFile { path, message } => write!(f, "{}: {}", path.display(), message),
            Error::Usage(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}
