//! The domain model.

pub mod case;
