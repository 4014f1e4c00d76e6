//! Where an image's legend goes: below the title, unless another corner (top right, bottom left)
//! hides less than half as many countries with a status, so that it does not hide members when
//! a clearly emptier corner is free; in Web Mercator's CSTO region it stays below the title.

use crate::data::Data;
use crate::images::draw::PixelRect;
use crate::images::{Frame, ImageSpec};
use crate::snapshot::Colouring;

/// The top left corner for a legend of `size`, at `below_title` unless another corner covers
/// fewer countries with a status; never over a panel of `taken` (the title, the credits).
pub(super) fn legend_corner(
    (data, spec, colouring): (&Data, &ImageSpec, Colouring<'_>),
    size: [f32; 2],
    (below_title, taken): (f32, &[PixelRect]),
) -> [f32; 2] {
    let margin = 16.0 * spec.scale;
    let (width, height) = (spec.width_px as f32, spec.height_px as f32);
    let [w, h] = size;
    let first = [margin, below_title];
    let candidates = [first, [width - margin - w, margin], [margin, height - margin - h]];
    let overlaps =
        |[x, y]: [f32; 2], [tx, ty, tw, th]: PixelRect| x < tx + tw && tx < x + w && y < ty + th && ty < y + h;
    let fits = |&[x, y]: &[f32; 2]| x >= 0.0 && y >= 0.0 && x + w <= width && y + h <= height;
    let free = candidates.into_iter().filter(fits).filter(|&at| !taken.iter().any(|&panel| overlaps(at, panel)));
    let covered = |at: [f32; 2]| covered_points(data, &spec.frame, colouring, ([at[0], at[1], w, h], [width, height]));
    let mut best: Option<([f32; 2], usize)> = None;
    for at in free {
        let count = covered(at);
        if best.is_none_or(|(_, least)| count < least) {
            best = Some((at, count));
        }
    }
    // Below the title unless another corner hides less than half as much: a legend that moves
    // for a few points (another language's longer words) would only unsettle the layout.
    let first_count = covered(first);
    match best {
        Some((at, count)) if count * 2 < first_count => at,
        _ => first,
    }
}

/// Of a grid of points over `rect` (in an image of `size` showing `frame`), how many fall on a
/// country with a status.
fn covered_points(data: &Data, frame: &Frame, colouring: Colouring<'_>, (rect, size): (PixelRect, [f32; 2])) -> usize {
    const GRID: usize = 9;
    let [x, y, w, h] = rect;
    let plane = |px: f32, py: f32| {
        let (fx, fy) = (f64::from(px / size[0]), f64::from(py / size[1]));
        [frame.min[0] + fx * (frame.max[0] - frame.min[0]), frame.min[1] + fy * (frame.max[1] - frame.min[1])]
    };
    let points: Vec<[f64; 2]> = (0..GRID)
        .flat_map(|i| (0..GRID).map(move |j| (i, j)))
        .map(|(i, j)| plane(x + w * (i as f32 + 0.5) / GRID as f32, y + h * (j as f32 + 0.5) / GRID as f32))
        .collect();
    let within = |[x0, y0, x1, y1]: [f64; 4], [px, py]: [f64; 2]| px >= x0 && px <= x1 && py >= y0 && py <= y1;
    // The borders in the frame's projection, asked for once (none for Web Mercator's own).
    let projected = frame.projection.is_equal_area().then(|| data.projected(frame.projection));
    let on_country = |point: [f64; 2]| match &projected {
        None => data.borders.full.countries().iter().any(|country| {
            colouring.has_status(country.iso3) && within(country.bounds, point) && inside(point, country.outlines())
        }),
        Some(projected) => {
            let at = [point[0], point[1], point[0], point[1]];
            projected.within(&data.borders.full, at).any(|country| {
                colouring.has_status(country.iso3)
                    && within(country.bounds, point)
                    && inside(point, country.rings.iter().map(Vec::as_slice))
            })
        }
    };
    points.into_iter().filter(|&point| on_country(point)).count()
}

/// Whether a point is inside rings filled even-odd (a ray to the right crosses them an odd
/// number of times).
fn inside<'a>([px, py]: [f64; 2], rings: impl Iterator<Item = &'a [[f64; 2]]>) -> bool {
    let mut crossings = 0;
    for ring in rings {
        let pairs = ring.iter().zip(ring.iter().cycle().skip(1));
        for (&[x1, y1], &[x2, y2]) in pairs {
            if (y1 > py) != (y2 > py) && px < x1 + (py - y1) / (y2 - y1) * (x2 - x1) {
                crossings += 1;
            }
        }
    }
    crossings % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_is_inside_a_square_and_not_in_its_hole() {
        let square = [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0]];
        let hole = [[1.0, 1.0], [3.0, 1.0], [3.0, 3.0], [1.0, 3.0]];
        assert!(inside([0.5, 0.5], [&square[..], &hole[..]].into_iter()));
        assert!(!inside([2.0, 2.0], [&square[..], &hole[..]].into_iter()));
        assert!(!inside([5.0, 2.0], [&square[..]].into_iter()));
    }
}
