//! Amendment notices and decisions: the formulas of `grammar/notice.pest` read into sections,
//! instructions and atomic operations.
//!
//! ```
//! let notice = amend::notice::parse("一、对《某规定》作出修改\n（一）将第二项中的“甲”修改为“乙”。\n");
//! let ins = &notice.sections[0].instructions[0];
//! assert_eq!((ins.id.as_str(), ins.op_name().as_str()), ("一（一）", "replace_text"));
//! assert_eq!(ins.quoted(), ["甲", "乙"]);
//! ```

mod diagnostics;
mod markup;
mod model;
mod quotes;
mod source;
mod statement;
mod structure;

pub use diagnostics::render_diagnostics;
pub use model::*;
pub use structure::{normalize_title, parse, same_title};
