//! Lists of responsible units in policy notices (责任单位：省经信委、财政厅): the merges and deletions
//! that hold in every list (“地税局”“国税局”合并修改为“省税务局”, 删除“物价局”), and the units that go
//! with a deleted passage before a merge.

use std::collections::{HashMap, HashSet};

use super::draft::Draft;
use super::scopes::{body_lines, is_metadata};
use crate::apply::{UnitList, unit_blocks};
use crate::document::{Document, Family, Kind};

/// A labelled list of responsible units: the path of the content it closes (a units line's
/// parent, or the item whose text holds the parenthetical), and the list.
pub(super) struct Listed {
    host: String,
    list: UnitList,
}

/// The labelled lists of responsible units of a document ([`unit_blocks`]: units lines and
/// parentheticals), by the path of their line and their label (`一/（一）/责任单位#责任单位`,
/// `二/（一）#牵头单位`, a second list of the same label in the line `#牵头单位2`).
pub(super) fn labelled_lists(d: &Document) -> HashMap<String, Listed> {
    let mut out = HashMap::new();
    for n in d.nodes() {
        if is_metadata(n.kind) || n.kind == Kind::Document {
            continue;
        }
        let line = n.line();
        let blocks = unit_blocks(&line);
        let host = match n.kind {
            Kind::Units => n.path.rsplit_once('/').map_or(String::new(), |(h, _)| h.to_string()),
            _ => n.path.to_string(),
        };
        let mut names: HashMap<&str, usize> = HashMap::new();
        for l in blocks.iter().flat_map(|b| &b.lists) {
            let k = names.entry(l.name.as_str()).or_default();
            *k += 1;
            let key = if *k > 1 { format!("{}#{}{k}", n.path, l.name) } else { format!("{}#{}", n.path, l.name) };
            out.insert(key, Listed { host: host.clone(), list: UnitList::parse(&line[l.list.clone()]) });
        }
    }
    out
}

/// The members of each list: as written (with its group's 省) and bare.
pub(super) fn unit_lists(lists: &HashMap<String, Listed>) -> HashMap<String, Vec<(String, String)>> {
    lists.iter().map(|(k, l)| (k.clone(), l.list.members())).collect()
}

/// Lists in both versions: the members removed and the members added.
pub(super) type ListChanges<'a> = Vec<(&'a String, Vec<&'a (String, String)>, Vec<&'a (String, String)>)>;

pub(super) fn list_changes<'a>(
    old_lists: &'a HashMap<String, Vec<(String, String)>>,
    new_lists: &'a HashMap<String, Vec<(String, String)>>,
) -> ListChanges<'a> {
    let mut out = Vec::new();
    for (path, old_members) in old_lists {
        let Some(new_members) = new_lists.get(path) else { continue };
        let new_full: HashSet<&String> = new_members.iter().map(|(f, _)| f).collect();
        let old_full: HashSet<&String> = old_members.iter().map(|(f, _)| f).collect();
        let removed = old_members.iter().filter(|(f, _)| !new_full.contains(f)).collect();
        let added = new_members.iter().filter(|(f, _)| !old_full.contains(f)).collect();
        out.push((path, removed, added));
    }
    out
}

/// Merges seen in some list: two or three units removed where one was added (bare names, the new
/// unit as written).
pub(super) fn merge_candidates(changes: &ListChanges) -> Vec<(Vec<String>, String)> {
    let mut out: Vec<(Vec<String>, String)> = changes
        .iter()
        .filter(|(_, removed, added)| (2..=3).contains(&removed.len()) && added.len() == 1)
        .map(|(_, removed, added)| (removed.iter().map(|(_, b)| b.clone()).collect(), added[0].0.clone()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Units that a merge would bring into a list whose units the new version deletes instead, with
/// the content they were responsible for: notices delete them with that content (删除第四点中“…”的
/// 表述，并相应删除该内容责任单位中的“地税局”“省国税局”) before merging them everywhere else. Returns
/// the path of the list's parent (the point or item) and the units as written in the list.
pub fn consequential_units(old: &Document, new: &Document) -> Vec<(String, Vec<String>)> {
    if old.family == Family::Law {
        return Vec::new();
    }
    let old_labelled = labelled_lists(old);
    let (old_lists, new_lists) = (unit_lists(&old_labelled), unit_lists(&labelled_lists(new)));
    let changes = list_changes(&old_lists, &new_lists);
    let mut out = Vec::new();
    for (units, into) in merge_candidates(&changes) {
        for (key, removed, added) in &changes {
            let gone: HashSet<&String> = removed.iter().filter(|(_, b)| units.contains(b)).map(|(f, _)| f).collect();
            if gone.len() == units.len() && !added.iter().any(|(f, _)| *f == into) {
                let Some(Listed { host, list }) = old_labelled.get(*key) else { continue };
                let written: Vec<String> = list
                    .members()
                    .iter()
                    .zip(list.written())
                    .filter(|((f, _), _)| gone.contains(f))
                    .map(|(_, w)| w)
                    .collect();
                out.push((host.clone(), written));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Unit merges and deletions that hold in every list of responsible units (policy notices).
pub fn unit_ops(old: &Document, new: &Document) -> Vec<Draft> {
    if old.family == Family::Law {
        return Vec::new();
    }
    let (old_lists, new_lists) = (unit_lists(&labelled_lists(old)), unit_lists(&labelled_lists(new)));
    let new_body = body_lines(new).join("\n");
    let changes = list_changes(&old_lists, &new_lists);
    let mut deletes: HashSet<String> = HashSet::new();
    for (_, removed, added) in &changes {
        if added.is_empty() {
            deletes.extend(removed.iter().map(|(_, bare)| bare.clone()));
        }
    }
    let mut out = Vec::new();
    let mut merged: HashSet<String> = HashSet::new();
    for (units, into) in merge_candidates(&changes) {
        // consistent: in every list holding one of the units, the new version has the merged unit
        let ok = old_lists.iter().all(|(p, members)| {
            let holds = members.iter().any(|(_, b)| units.contains(b));
            !holds || new_lists.get(p).is_some_and(|n| n.iter().any(|(f, _)| *f == into))
        }) && units.iter().all(|u| !new_body.contains(u.as_str()));
        if ok && units.len() >= 2 {
            merged.extend(units.iter().cloned());
            out.push(Draft::MergeUnits { units, into });
        }
    }
    let mut ds: Vec<String> = deletes
        .into_iter()
        .filter(|u| !merged.contains(u) && !new_body.contains(u.as_str()) && u.chars().count() >= 2)
        .collect();
    ds.sort();
    if !ds.is_empty() {
        out.push(Draft::DeleteUnits { units: ds });
    }
    out
}
