//! An FAQ answer: the Markdown subset drawn as DOM nodes, element by element
//! (never innerHTML), with search matches highlighted.

use crate::markdown::{self, Block, Inline};
use leptos::prelude::*;
use std::ops::Range;

#[component]
pub fn Answer(source: String, #[prop(optional)] marks: Vec<Range<usize>>) -> impl IntoView {
    markdown::parse(&source).into_iter().map(|block| block_view(block, &marks)).collect_view()
}

fn block_view(block: Block, marks: &[Range<usize>]) -> AnyView {
    match block {
        Block::Paragraph(inlines) => view! { <p>{inlines_view(inlines, marks)}</p> }.into_any(),
        Block::List { ordered: false, items, .. } => {
            let items = items.into_iter().map(|i| view! { <li>{inlines_view(i, marks)}</li> }).collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::List { ordered: true, start, items } => {
            let items = items.into_iter().map(|i| view! { <li>{inlines_view(i, marks)}</li> }).collect_view();
            view! { <ol start=start>{items}</ol> }.into_any()
        }
    }
}

fn inlines_view(inlines: Vec<Inline>, marks: &[Range<usize>]) -> Vec<AnyView> {
    inlines.into_iter().map(|i| inline_view(i, marks)).collect()
}

fn inline_view(inline: Inline, marks: &[Range<usize>]) -> AnyView {
    match inline {
        Inline::Text { text, source } => marked_text(&text, source, marks),
        Inline::Code { text, source } => view! { <code>{marked_text(&text, source, marks)}</code> }.into_any(),
        Inline::Strong(children) => view! { <strong>{inlines_view(children, marks)}</strong> }.into_any(),
        Inline::Emphasis(children) => view! { <em>{inlines_view(children, marks)}</em> }.into_any(),
        // `markdown` only keeps links that pass the allow-list.
        Inline::Link { href, children } => view! {
            <a class="sp-link" href=href target="_blank" rel="noopener noreferrer">
                {inlines_view(children, marks)}
            </a>
        }
        .into_any(),
    }
}

/// `text`, which reproduces `source` of the answer, with the parts that fall
/// in `marks` (byte ranges of the answer) wrapped in `<mark>`.
fn marked_text(text: &str, source: Option<Range<usize>>, marks: &[Range<usize>]) -> AnyView {
    let Some(source) = source else { return text.to_string().into_any() };
    let local: Vec<Range<usize>> = marks
        .iter()
        .filter(|m| m.start < source.end && m.end > source.start)
        .map(|m| m.start.max(source.start) - source.start..m.end.min(source.end) - source.start)
        .collect();
    if local.is_empty() {
        return text.to_string().into_any();
    }
    super::faq::highlighted(text, &local).into_any()
}
