//! Integration tests of passerelle-core (see the modules).

pub mod legal;
