//! `csto-map render`: one image of the map at a date, written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;
use jiff::civil::Date;

use crate::app::{CSTO_REGION_DEG, Data};
use crate::cli::{MomentArgs, ThemeArg};
use crate::export::{Decorations, Frame, ImageSpec, render_png, render_svg};
use crate::timeline::as_of;

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub moment: MomentArgs,
    /// Where to write the image (.png or .svg). An existing file is kept unless --force is given.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// PNG or SVG, whatever the file name says.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Width in points.
    #[arg(long, default_value_t = 1920)]
    pub width: u32,
    /// Height in points; by default, what shows the box undistorted. When both are given and the
    /// box has another shape, the box is widened about its centre to fill the image.
    #[arg(long)]
    pub height: Option<u32>,
    /// Pixels per point, for high-density output (2 or 4): a 1920-point image at scale 2 is
    /// 3840 pixels wide, with lines and text twice as thick.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// The part of the map to show, in degrees: WEST,SOUTH,EAST,NORTH (default: the CSTO region).
    #[arg(long, value_name = "W,S,E,N", allow_hyphen_values = true)]
    pub bbox: Option<String>,
    /// The title (default: "CSTO membership, as of 31 December 2012").
    #[arg(long)]
    pub title: Option<String>,
    /// The map alone: no title, legend or credits.
    #[arg(long)]
    pub bare: bool,
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// Replace an existing file.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Png,
    Svg,
}

pub fn render(args: &RenderArgs, data: Data, moment: Date, today: Date, out: &mut dyn Write) -> anyhow::Result<()> {
    let extension = args.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let format = match (args.format, extension.as_deref()) {
        (Some(format), _) => format,
        (None, Some("png")) => Format::Png,
        (None, Some("svg")) => Format::Svg,
        _ => bail!("--out {}: the file name must end in .png or .svg (or give --format)", args.out.display()),
    };
    if !args.force && args.out.exists() {
        bail!("--out {}: the file exists; add --force to replace it", args.out.display());
    }
    if !(args.scale.is_finite() && (0.25..=8.0).contains(&args.scale)) {
        bail!("--scale {}: expected a number from 0.25 to 8", args.scale);
    }
    let bbox = match &args.bbox {
        Some(text) => parse_bbox(text)?,
        None => CSTO_REGION_DEG,
    };
    let height = args.height.unwrap_or_else(|| Frame::natural_height(bbox, args.width));
    let pixels = |points: u32| (points as f32 * args.scale).round() as u32;
    let (width_px, height_px) = (pixels(args.width), pixels(height));
    let decorations = (!args.bare).then(|| Decorations {
        title: args.title.clone().unwrap_or_else(|| format!("CSTO membership, {}", as_of(moment, today))),
        legend: true,
        credits: true,
    });
    let spec = ImageSpec {
        date: moment,
        today,
        width_px,
        height_px,
        scale: args.scale,
        frame: Frame::fit(bbox, width_px, height_px),
        theme: args.theme.into(),
        decorations,
    };
    let bytes = match format {
        Format::Png => render_png(&data, &spec)?,
        Format::Svg => render_svg(&data, &spec)?.into_bytes(),
    };
    write_atomically(&args.out, &bytes, args.force)?;
    writeln!(out, "{} ({width_px}x{height_px} pixels)", args.out.display())?;
    Ok(())
}

/// `WEST,SOUTH,EAST,NORTH` in degrees, west of east and south of north.
fn parse_bbox(text: &str) -> anyhow::Result<[f64; 4]> {
    let values: Vec<f64> =
        text.split(',').map(|part| part.trim().parse::<f64>()).collect::<Result<_, _>>().ok().unwrap_or_default();
    let [west, south, east, north] = values[..] else {
        bail!("--bbox: expected WEST,SOUTH,EAST,NORTH in degrees such as 18,29,180,77, found \"{text}\"");
    };
    if !((-180.0..=180.0).contains(&west) && (-180.0..=180.0).contains(&east) && west < east) {
        bail!("--bbox: longitudes must be from -180 to 180 with west < east, found {west} and {east}");
    }
    if !((-85.0..=85.0).contains(&south) && (-85.0..=85.0).contains(&north) && south < north) {
        bail!("--bbox: latitudes must be from -85 to 85 with south < north, found {south} and {north}");
    }
    Ok([west, south, east, north])
}

/// Writes to a temporary file beside `path`, then renames it: a reader never sees half an
/// image, and a failure leaves nothing behind.
fn write_atomically(path: &Path, bytes: &[u8], replace: bool) -> anyhow::Result<()> {
    let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, bytes)
        .and_then(|()| if !replace && path.exists() { Err(std::io::ErrorKind::AlreadyExists.into()) } else { Ok(()) })
        .and_then(|()| std::fs::rename(&temporary, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bounding_box_is_four_degrees_in_order() {
        assert_eq!(parse_bbox("18,29,180,77").unwrap(), [18.0, 29.0, 180.0, 77.0]);
        assert_eq!(parse_bbox(" -10, -5.5 , 20 ,30").unwrap(), [-10.0, -5.5, 20.0, 30.0]);
        for bad in ["18,29,180", "a,b,c,d", "30,29,20,77", "18,70,180,60", "18,29,190,77", "18,-89,20,10"] {
            assert!(parse_bbox(bad).is_err(), "{bad}");
        }
    }
}
