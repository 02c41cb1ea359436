//! The domain model.

pub mod case;
pub mod limits;
