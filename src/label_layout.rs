//! Where labels go: at their anchor if there is room, else beside it, never over another label;
//! shared by the map on screen and the exported images.

use egui::{Align2, Pos2, Rect, Vec2, vec2};

/// A label's places to try, in order: on its anchor, below, above, right, left, `gap` away.
pub fn label_candidates(gap: f32) -> [(Align2, Vec2); 5] {
    [
        (Align2::CENTER_CENTER, Vec2::ZERO),
        (Align2::CENTER_TOP, vec2(0.0, gap)),
        (Align2::CENTER_BOTTOM, vec2(0.0, -gap)),
        (Align2::LEFT_CENTER, vec2(gap, 0.0)),
        (Align2::RIGHT_CENTER, vec2(-gap, 0.0)),
    ]
}

/// The first candidate rectangle of `size` around `anchor` that lies within `within` and clear of
/// the `placed` ones (which it then joins), or `None` if none does.
pub fn place_label(
    anchor: Pos2,
    size: Vec2,
    candidates: &[(Align2, Vec2)],
    within: Rect,
    placed: &mut Vec<Rect>,
) -> Option<Rect> {
    let clearance = 0.15 * size.y;
    let rect = candidates.iter().map(|&(align, offset)| align.anchor_size(anchor + offset, size)).find(|rect| {
        within.contains_rect(*rect) && !placed.iter().any(|other| other.expand(clearance).intersects(*rect))
    })?;
    placed.push(rect);
    Some(rect)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn a_label_moves_aside_from_another_and_is_dropped_when_boxed_in() {
        let within = Rect::from_min_size(Pos2::ZERO, vec2(200.0, 200.0));
        let size = vec2(30.0, 10.0);
        let mut placed = Vec::new();
        let first = place_label(pos2(100.0, 100.0), size, &label_candidates(8.0), within, &mut placed).unwrap();
        assert_eq!(first.center(), pos2(100.0, 100.0));
        let second = place_label(pos2(100.0, 102.0), size, &label_candidates(8.0), within, &mut placed).unwrap();
        assert!(!second.intersects(first), "{second:?} covers {first:?}");
        assert!(second.min.y >= first.max.y, "it went below: {second:?}");
        let outside = place_label(pos2(2.0, 2.0), size, &[(Align2::CENTER_CENTER, Vec2::ZERO)], within, &mut placed);
        assert_eq!(outside, None, "a label that would cross the edge is left out");
        assert_eq!(placed.len(), 2);
    }
}
