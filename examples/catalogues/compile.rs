//! Fluent source (what translators write) to the compiled catalogue the app
//! reads (`quads::words::catalogue`): text, placeholders and choices, with
//! terms and message references written out in place. What the app does not
//! take is refused with the message's name: functions (numbers and dates come
//! formatted by the app), attributes, and choices on anything but a value.
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use quads::words::catalogue::Part;
use std::collections::BTreeMap;

/// Every message in `ftl`, compiled; or every problem found, by message.
pub fn compile(ftl: &str) -> Result<BTreeMap<String, Vec<Part>>, Vec<String>> {
    let res = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
    let mut problems = Vec::new();
    let mut terms = BTreeMap::new();
    let mut messages = BTreeMap::new();
    for e in &res.body {
        match e {
            Entry::Message(m) => {
                if !m.attributes.is_empty() {
                    problems.push(format!(
                        "{}: attributes are not used; give each its own message",
                        m.id.name
                    ));
                }
                match &m.value {
                    Some(p) => {
                        if messages.insert(m.id.name, p).is_some() {
                            problems.push(format!("{} is defined twice", m.id.name));
                        }
                    }
                    None => problems.push(format!("{}: no text", m.id.name)),
                }
            }
            Entry::Term(t) => {
                terms.insert(t.id.name, &t.value);
            }
            Entry::Junk { content } => problems.push(format!("cannot read: {content:?}")),
            _ => {}
        }
    }
    let src = Source { terms, messages };
    let mut out = BTreeMap::new();
    for (id, p) in &src.messages {
        let mut parts = Vec::new();
        match src.pattern(p, 0, &mut parts) {
            Ok(()) => {
                out.insert(id.to_string(), merged(parts));
            }
            Err(e) => problems.push(format!("{id}: {e}")),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

struct Source<'a> {
    terms: BTreeMap<&'a str, &'a Pattern<&'a str>>,
    messages: BTreeMap<&'a str, &'a Pattern<&'a str>>,
}

/// References nest at most this deep (a loop in them is an error).
const DEPTH: usize = 8;

impl Source<'_> {
    fn pattern(&self, p: &Pattern<&str>, depth: usize, out: &mut Vec<Part>) -> Result<(), String> {
        if depth > DEPTH {
            return Err("references loop or nest too deep".into());
        }
        for e in &p.elements {
            match e {
                PatternElement::TextElement { value } => out.push(Part::Text(value.to_string())),
                PatternElement::Placeable { expression } => {
                    self.expression(expression, depth, out)?
                }
            }
        }
        Ok(())
    }

    fn expression(
        &self,
        e: &Expression<&str>,
        depth: usize,
        out: &mut Vec<Part>,
    ) -> Result<(), String> {
        match e {
            Expression::Inline(i) => self.inline(i, depth, out),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err("a choice can only be made on a value ({ $name -> ... })".into());
                };
                let mut cases = BTreeMap::new();
                let mut other = Vec::new();
                for v in variants {
                    let mut parts = Vec::new();
                    self.pattern(&v.value, depth + 1, &mut parts)?;
                    let parts = merged(parts);
                    if v.default {
                        other = parts;
                    } else {
                        let key = match &v.key {
                            VariantKey::Identifier { name } => name.to_string(),
                            VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        cases.insert(key, parts);
                    }
                }
                out.push(Part::Select {
                    select: id.name.to_string(),
                    cases,
                    other,
                });
                Ok(())
            }
        }
    }

    fn inline(
        &self,
        i: &InlineExpression<&str>,
        depth: usize,
        out: &mut Vec<Part>,
    ) -> Result<(), String> {
        match i {
            InlineExpression::StringLiteral { value } => out.push(Part::Text(unescape(value)?)),
            InlineExpression::NumberLiteral { value } => out.push(Part::Text(value.to_string())),
            InlineExpression::VariableReference { id } => out.push(Part::Arg {
                arg: id.name.to_string(),
            }),
            InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                let p = self
                    .messages
                    .get(id.name)
                    .ok_or(format!("no message {}", id.name))?;
                self.pattern(p, depth + 1, out)?;
            }
            InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let p = self
                    .terms
                    .get(id.name)
                    .ok_or(format!("no term -{}", id.name))?;
                self.pattern(p, depth + 1, out)?;
            }
            InlineExpression::Placeable { expression } => {
                self.expression(expression, depth, out)?
            }
            InlineExpression::FunctionReference { id, .. } => {
                return Err(format!(
                    "{}(): the app formats numbers and dates itself",
                    id.name
                ))
            }
            _ => return Err("attributes and term arguments are not used".into()),
        }
        Ok(())
    }
}

/// A string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(c @ ('"' | '\\')) => out.push(c),
            Some(u @ ('u' | 'U')) => {
                let n = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(n).collect();
                let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                out.push(c.ok_or(format!("bad escape \\{u}{hex}"))?);
            }
            other => {
                return Err(format!(
                    "bad escape \\{}",
                    other.map(String::from).unwrap_or_default()
                ))
            }
        }
    }
    Ok(out)
}

/// Adjacent text joined: the compiled form stays small.
fn merged(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for p in parts {
        match (out.last_mut(), p) {
            (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
            (_, p) => out.push(p),
        }
    }
    out
}
