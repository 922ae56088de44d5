use std::process::ExitCode;

mod allocator;
mod cli;

// See Cargo.toml: the pipeline is heavy on small allocations.
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

fn main() -> ExitCode {
    cli::run()
}
