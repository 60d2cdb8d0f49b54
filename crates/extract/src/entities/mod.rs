//! Named entities: people, organisations and places named in an article.
//!
//! Rules and gazetteers, no statistical model, so that it runs on every page of a
//! large build (issue 4). Three steps:
//!
//! 1. [`names`] finds candidate names: runs of capitalised words with their
//!    connectors (`Bank of England`), cut where capitals say nothing (sentence starts,
//!    all-caps or title-case headlines), titles (`President`, `Comrade`) taken off.
//! 2. Each candidate gets a kind from the gazetteers (`data/`), the words in it
//!    (`Ministry`, `Inc.`, `Cosmodrome`) and the words around it (`said`, `in`).
//! 3. The mentions of one article are merged: `Putin` joins `Vladimir Putin`, whose
//!    fullest form becomes the entity's text.

mod gazetteer;
mod names;
mod tokens;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use crate::{Entity, EntityKind};
use names::Candidate;

/// Finds the named entities of an article's title and body, mentions merged.
///
/// Pure and total: any text, however odd, gives a (possibly empty) list. Entities
/// come in the order of their first mention.
pub fn find_entities(title: &str, body: &str) -> Vec<Entity> {
    let candidates = names::find_candidates(&[title, body]);
    merge(candidates)
}

/// All the mentions of one entity in an article.
struct Group<'a> {
    /// Lower-case words of the fullest form.
    words: Vec<String>,
    /// Surface forms by key, in order of first appearance.
    forms: Vec<(String, &'a str)>,
    /// Kind decided from the forms' own evidence, if any.
    kind: Option<EntityKind>,
    /// Votes from the context of each mention.
    evidence: Evidence,
    /// Index of the group this one was merged into.
    merged_into: Option<usize>,
}

/// What the contexts of an entity's mentions say about its kind.
#[derive(Default, Clone, Copy)]
struct Evidence {
    mentions: u32,
    after_title: u32,
    before_speech: u32,
    after_place_word: u32,
    after_article: u32,
    all_caps: u32,
}

/// Groups the candidates by name, merges short person forms into full ones, and
/// decides each entity's kind.
fn merge(candidates: Vec<Candidate<'_>>) -> Vec<Entity> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for candidate in candidates {
        let index = *by_key.entry(candidate.key.clone()).or_insert_with(|| {
            groups.push(Group {
                words: candidate.words.clone(),
                forms: Vec::new(),
                kind: None,
                evidence: Evidence::default(),
                merged_into: None,
            });
            groups.len() - 1
        });
        let group = &mut groups[index];
        if !group.forms.iter().any(|(key, _)| *key == candidate.key) {
            group.forms.push((candidate.key.clone(), candidate.surface));
        } else if let Some(form) = group
            .forms
            .iter_mut()
            .find(|(key, _)| *key == candidate.key)
            && is_shouting(form.1)
            && !is_shouting(candidate.surface)
        {
            // Prefer the form written in mixed case: `Japan` over a headline's `JAPAN`.
            form.1 = candidate.surface;
        }
        if group.kind.is_none() {
            group.kind = candidate.kind;
        }
        let e = &mut group.evidence;
        e.mentions += 1;
        e.after_title += u32::from(candidate.is_after_title);
        e.before_speech += u32::from(candidate.is_before_speech);
        e.after_place_word += u32::from(candidate.is_after_place_word);
        e.after_article += u32::from(candidate.is_after_article);
        e.all_caps += u32::from(candidate.is_acronym);
    }

    // A multi-word name with no kind yet: a person unless written as `the X`.
    for group in &mut groups {
        if group.kind.is_none() && group.words.len() > 1 {
            let e = group.evidence;
            group.kind = Some(if e.after_title > 0 || e.before_speech > 0 {
                EntityKind::Person
            } else if e.after_article * 2 > e.mentions {
                EntityKind::Organization
            } else {
                EntityKind::Person
            });
        }
    }

    name_organization_heads(&mut groups);
    merge_person_forms(&mut groups);
    drop_joined_names(&mut groups, &by_key);

    for group in &mut groups {
        if group.kind.is_none() {
            group.kind = Some(kind_from_context(group.evidence));
        }
    }

    groups
        .into_iter()
        .filter(|group| group.merged_into.is_none() && !group.forms.is_empty())
        .map(into_entity)
        .collect()
}

/// Gives `Orlan` the kind of `Orlan Airlines`: a lone word that starts an
/// organisation's name in the same article, and starts or ends no person's, is that
/// organisation's short name (unless a title or `said` marks it as a person, or `in`
/// as a place: `Velsenhaven` of `Velsenhaven Chamber of Commerce`).
fn name_organization_heads(groups: &mut [Group<'_>]) {
    let mut organization_heads: HashSet<&str> = HashSet::new();
    let mut person_ends: HashSet<&str> = HashSet::new();
    for group in groups.iter().filter(|g| g.words.len() > 1) {
        match group.kind {
            Some(EntityKind::Organization) => {
                organization_heads.insert(&group.words[0]);
            }
            Some(EntityKind::Person) => {
                person_ends.insert(&group.words[0]);
                person_ends.insert(&group.words[group.words.len() - 1]);
            }
            _ => {}
        }
    }
    let renamed: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, group)| {
            group.words.len() == 1
                && matches!(group.kind, None | Some(EntityKind::Person))
                && group.evidence.after_title == 0
                && group.evidence.before_speech == 0
                && group.evidence.after_place_word == 0
                && organization_heads.contains(group.words[0].as_str())
                && !person_ends.contains(group.words[0].as_str())
        })
        .map(|(index, _)| index)
        .collect();
    for index in renamed {
        groups[index].kind = Some(EntityKind::Organization);
    }
}

/// Joins `Putin` and `Comrade Putin` (titles already cut) to `Vladimir Putin`: a
/// shorter name whose words begin or end a person's longer name in the same article.
fn merge_person_forms(groups: &mut [Group<'_>]) {
    // People of more than one word, by their first and by their last word.
    let mut people_by_end: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, group) in groups.iter().enumerate() {
        if group.kind == Some(EntityKind::Person) && group.words.len() > 1 {
            let (first, last) = (&group.words[0], &group.words[group.words.len() - 1]);
            people_by_end.entry(first.clone()).or_default().push(index);
            if last != first {
                people_by_end.entry(last.clone()).or_default().push(index);
            }
        }
    }
    for short in 0..groups.len() {
        let evidence = groups[short].evidence;
        // A name used as a place (`in Velsenhaven`) is not the short form of a person
        // or club that shares the word.
        if !matches!(groups[short].kind, None | Some(EntityKind::Person))
            || (evidence.after_place_word * 2 > evidence.mentions && evidence.after_title == 0)
        {
            continue;
        }
        let short_words = &groups[short].words;
        let (first, last) = (&short_words[0], &short_words[short_words.len() - 1]);
        let candidates = [people_by_end.get(first), people_by_end.get(last)];
        let mut best: Option<usize> = None;
        for &long in candidates.into_iter().flatten().flatten() {
            let candidate = &groups[long];
            if long == short
                || candidate.merged_into.is_some()
                || candidate.words.len() <= short_words.len()
                || !(candidate.words.starts_with(short_words)
                    || candidate.words.ends_with(short_words))
            {
                continue;
            }
            // Of several people sharing a name (`Kim`), the most mentioned one.
            if best.is_none_or(|b| {
                groups[b].evidence.mentions < candidate.evidence.mentions
                    || (groups[b].evidence.mentions == candidate.evidence.mentions
                        && groups[b].words.len() < candidate.words.len())
            }) {
                best = Some(long);
            }
        }
        if let Some(long) = best {
            let forms = std::mem::take(&mut groups[short].forms);
            groups[short].merged_into = Some(long);
            let target = &mut groups[long];
            target.evidence.mentions += evidence.mentions;
            for form in forms {
                if !target.forms.iter().any(|(key, _)| *key == form.0) {
                    target.forms.push(form);
                }
            }
        }
    }
}

/// Drops `Putin-Kim` when both `Putin` and `Kim` are names of the article already:
/// hyphenated pairs of known names are not a name of their own.
fn drop_joined_names(groups: &mut [Group<'_>], by_key: &HashMap<String, usize>) {
    for group in groups.iter_mut() {
        if group.words.len() != 1 || !group.words[0].contains('-') {
            continue;
        }
        let parts_known = group.words[0]
            .split('-')
            .all(|part| part.is_empty() || by_key.contains_key(part));
        if parts_known {
            group.forms.clear();
        }
    }
}

/// The kind of a one-word name that neither gazetteers nor its own words decide.
fn kind_from_context(e: Evidence) -> EntityKind {
    if e.after_title > 0 || e.before_speech * 2 > e.mentions {
        EntityKind::Person
    } else if e.after_place_word > 0 && e.after_place_word * 2 >= e.mentions {
        EntityKind::Location
    } else if e.all_caps > 0 || e.after_article > 0 {
        EntityKind::Organization
    } else if e.before_speech > 0 {
        EntityKind::Person
    } else {
        EntityKind::Organization
    }
}

/// Whether a form is written in capitals only (a headline's `JAPAN`).
fn is_shouting(surface: &str) -> bool {
    !surface.chars().any(char::is_lowercase)
        && surface.chars().filter(|c| c.is_alphabetic()).count() > 3
}

/// The entity of a group: the fullest form as text, the others as mentions.
fn into_entity(group: Group<'_>) -> Entity {
    let full = group
        .forms
        .iter()
        .enumerate()
        .max_by_key(|(index, (key, _))| (key.split(' ').count(), key.len(), usize::MAX - index))
        .map_or(0, |(index, _)| index);
    let text = group.forms[full].1.to_string();
    let mentions = group
        .forms
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != full)
        .map(|(_, (_, surface))| surface.to_string())
        .collect();
    Entity {
        text,
        kind: group.kind.unwrap_or(EntityKind::Other),
        mentions,
    }
}
