//! Helpers shared by the integration tests: the binary, the fixture graph,
//! and the outside programs (Graphviz, Python with networkx) that CI must
//! have and a developer may not.
#![allow(dead_code)]

pub mod adversarial;
pub mod extract;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_diplograph"))
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/graph").join(name)
}

/// Runs the binary with `args`; standard input is empty.
pub fn run(args: &[&str]) -> Output {
    binary().args(args).stdin(Stdio::null()).output().expect("the diplograph binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A client program is missing: a failure where CI demands the clients
/// (`DIPLOGRAPH_REQUIRE_CLIENTS=1`), a notice elsewhere. The test returns
/// after a notice.
pub fn missing_client(what: &str) {
    if std::env::var("DIPLOGRAPH_REQUIRE_CLIENTS").as_deref() == Ok("1") {
        panic!(
            "{what} is missing and DIPLOGRAPH_REQUIRE_CLIENTS=1 (install: apt-get install graphviz python3-networkx)"
        );
    }
    eprintln!("notice: {what} is missing; test skipped (set DIPLOGRAPH_REQUIRE_CLIENTS=1 to make this a failure)");
}

/// True when `program --version`-like `args` runs and exits 0.
pub fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A Python that imports networkx: Debian's python3-networkx lands in
/// /usr/bin/python3, which may not be the first python3 on PATH.
pub fn python_with_networkx() -> Option<&'static str> {
    ["/usr/bin/python3", "python3"].into_iter().find(|python| runs(python, &["-c", "import networkx"]))
}
