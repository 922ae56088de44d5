use std::process::ExitCode;

mod cli;

// See Cargo.toml: the pipeline is heavy on small allocations.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::run()
}
