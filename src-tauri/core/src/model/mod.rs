//! The domain model: what a case, an association and a printed document are, with no wording
//! and no storage. Every other module takes these types as they are; none keeps a copy of them.

pub mod association;
pub mod case;
pub mod printed;

use serde::Serialize;

/// The JSON id of a serialisable unit enum value (`birth-certificate`, `cst-l425-1`), or an empty
/// string for anything else. The serde renames are the one source of every id.
pub fn kind_id<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
