//! `prefecture QUERY` (prefecture-finder issue). Not available in this build yet.

use crate::args::Args;
use crate::Output;
use passerelle_core::{Error, Result};

pub fn run(_args: &Args) -> Result<Output> {
    Err(Error::Internal(
        "this command is not available in this build yet",
    ))
}
