//! Integration tests of passerelle-core (see the modules).
