//! The domain model: what a case, an association and a printed document are, with no wording
//! and no storage. Every other module takes these types as they are; none keeps a copy of them.

pub mod association;
pub mod case;
pub mod limits;
pub mod printed;
