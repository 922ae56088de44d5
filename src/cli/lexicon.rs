use super::Outcome;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> diplograph::Result<Outcome> {
    Err(diplograph::Error::Usage("not implemented yet".into()))
}
