//! Linking the changes of a diff to the instructions of a notice that caused them, through the
//! change log of applying that notice to the old version (`crate::apply`).
//!
//! An applied change names the node it touched by its path in the original document
//! (`第十条/1`, `二/（五）/责任单位`): it belongs to the unit whose old path is that path or a prefix of
//! it. Inserted nodes (`（新增）`) and moved text (`renumber`: 将第十三条第二款改为第十六条) are found
//! by their text in the new version of the unit.

use super::model::{ChangeKind, DocumentDiff};
use super::normalize::normalize;
use crate::apply::Change;

/// Sets `instruction` on every change of `diff` that an applied change explains (several
/// instructions are joined with `；`, in notice order).
pub fn link_instructions(diff: &mut DocumentDiff, applied: &[Change]) {
    // the text of inserted and moved nodes, normalised, line breaks and the article's number left out
    let texts: Vec<Option<String>> = applied
        .iter()
        .map(|a| (a.path == "（新增）" || a.op == "renumber").then(|| flat(strip_article_label(&a.after))))
        .collect();
    for change in diff.changes.iter_mut().filter(|c| c.change != ChangeKind::Unchanged) {
        let old_path = change.old.as_ref().map(|s| s.path.as_str());
        let new_text = match change.change {
            ChangeKind::Inserted | ChangeKind::Modified | ChangeKind::Moved => {
                change.new.as_ref().map(|s| flat(&s.text))
            }
            _ => None,
        };
        let mut ids: Vec<&str> = Vec::new();
        for (a, text) in applied.iter().zip(&texts) {
            let by_path =
                old_path.is_some_and(|p| a.path == p || a.path.strip_prefix(p).is_some_and(|r| r.starts_with('/')));
            let by_text = match (text, &new_text) {
                (Some(t), Some(n)) => !t.is_empty() && n.contains(t.as_str()),
                _ => false,
            };
            if (by_path || by_text) && !ids.contains(&a.instruction.as_str()) {
                ids.push(&a.instruction);
            }
        }
        if !ids.is_empty() {
            change.instruction = Some(ids.join("；"));
        }
    }
}

/// Normalised, without line breaks.
fn flat(s: &str) -> String {
    normalize(s).replace('\n', "")
}

/// `第五条 \n国家…` → `国家…`.
fn strip_article_label(s: &str) -> &str {
    let t = s.trim_start();
    if let Some(rest) = t.strip_prefix('第')
        && let Some(end) = rest.find('条')
        && rest[..end].chars().all(|c| crate::text::numerals::is_numeral_char(c) || c.is_ascii_digit())
    {
        let mut rest = &rest[end + '条'.len_utf8()..];
        if let Some(z) = rest.strip_prefix('之') {
            rest = z.trim_start_matches(crate::text::numerals::is_numeral_char);
        }
        return rest;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_labels_are_stripped() {
        assert_eq!(strip_article_label("第五条 \n国家建立"), " \n国家建立");
        assert_eq!(strip_article_label("第一百二十条之一 资助"), " 资助");
        assert_eq!(strip_article_label("第三方"), "第三方");
    }
}
