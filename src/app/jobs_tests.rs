//! Jobs off the UI thread: bounds, panics, thumbnails, screenshots, quitting.

use super::*;

/// The outcomes of `jobs` within a few seconds, until `count` have come.
fn wait_for(jobs: &mut Jobs, count: usize) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    for _ in 0..500 {
        outcomes.extend(jobs.finished());
        if outcomes.len() >= count {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    outcomes
}

#[test]
fn a_job_that_panics_comes_back_as_a_failure_and_ends() {
    let ctx = egui::Context::default();
    let mut jobs = Jobs::default();
    assert!(jobs.spawn(&ctx, Lang::En, JobKind::Image, || panic!("a bug in a job")));
    assert!(jobs.is_busy());
    let outcomes = wait_for(&mut jobs, 1);
    assert!(matches!(&outcomes[..], [Outcome::Failed(message)] if message.contains("a bug in a job")), "{outcomes:?}");
    assert!(!jobs.is_busy(), "the dialog is usable again");
}

#[test]
fn one_job_of_a_kind_runs_at_a_time_and_the_next_may_start_when_it_ends() {
    let ctx = egui::Context::default();
    let mut jobs = Jobs::default();
    let (release, wait) = channel::<()>();
    let wait = std::sync::Mutex::new(wait);
    let slow = move || {
        let _ = wait.lock().unwrap().recv();
        Outcome::Failed("done".into())
    };
    assert!(jobs.spawn(&ctx, Lang::En, JobKind::Image, slow));
    // A held key asks again and again: no second render starts while the first runs.
    for _ in 0..20 {
        assert!(!jobs.spawn(&ctx, Lang::En, JobKind::Image, || Outcome::Failed("second".into())));
    }
    assert!(jobs.spawn(&ctx, Lang::En, JobKind::Dialog, || Outcome::Chosen(None)), "another kind may run");
    release.send(()).unwrap();
    let outcomes = wait_for(&mut jobs, 2);
    assert_eq!(outcomes.len(), 2, "{outcomes:?}");
    assert!(!outcomes.iter().any(|outcome| matches!(outcome, Outcome::Failed(text) if text == "second")));
    assert!(!jobs.is_busy());
    assert!(jobs.spawn(&ctx, Lang::En, JobKind::Image, || Outcome::Chosen(None)), "free again");
}

#[test]
fn quitting_waits_for_an_image_being_saved_but_not_for_an_open_file_dialog() {
    let ctx = egui::Context::default();
    let mut jobs = Jobs::default();
    let (_never, dialog_waits) = channel::<()>();
    let dialog_waits = std::sync::Mutex::new(dialog_waits);
    jobs.spawn(&ctx, Lang::En, JobKind::Dialog, move || {
        let _ = dialog_waits.lock().unwrap().recv();
        Outcome::Chosen(None)
    });
    jobs.spawn(&ctx, Lang::En, JobKind::Image, || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        Outcome::Failed("saved".into())
    });
    jobs.wait_for_images(std::time::Duration::from_secs(30));
    assert!(!jobs.is_running(JobKind::Image), "the image was waited for");
    assert!(jobs.is_running(JobKind::Dialog), "the dialog still open was not");
}

#[test]
fn the_thumbnail_worker_draws_the_newest_request_and_skips_the_ones_it_replaced() {
    let ctx = egui::Context::default();
    let data = Arc::new(Data::bundled().unwrap());
    let mut jobs = Jobs::default();
    let spec = |width_px: u32| ImageSpec {
        date: jiff::civil::date(2012, 12, 31),
        today: jiff::civil::date(2026, 11, 30),
        width_px,
        height_px: 20,
        scale: 0.5,
        frame: crate::images::Frame::fit(crate::data::CSTO_REGION_DEG, width_px, 20),
        theme: crate::style::Theme::Light,
        labels: false,
        graticule: false,
        context: true,
        decorations: None,
        lang: Lang::En,
        shows: Default::default(),
    };
    for width_px in 10..60 {
        jobs.preview(&ctx, Arc::clone(&data), spec(width_px));
    }
    let mut outcomes = wait_for(&mut jobs, 1);
    // Whatever else was drawn while the requests came in, the newest is drawn last, and far
    // fewer than fifty are drawn.
    std::thread::sleep(std::time::Duration::from_millis(300));
    outcomes.extend(jobs.finished());
    let widths: Vec<u32> = outcomes
        .iter()
        .map(|outcome| match outcome {
            Outcome::Preview(spec, Ok(_)) => spec.width_px,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(widths.last(), Some(&59), "{widths:?}");
    assert!(widths.len() < 10, "{widths:?}");
}

#[test]
fn a_screenshot_is_saved_under_a_free_name() {
    let folder = std::env::temp_dir().join(format!("csto-map-shot-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let image = egui::ColorImage::filled([4, 3], egui::Color32::from_rgb(0, 114, 178));
    let day = jiff::civil::date(2012, 12, 31);
    for expected in ["csto-map-window-2012-12-31.png", "csto-map-window-2012-12-31-2.png"] {
        let Outcome::Saved { path, size_px } = save_screenshot(&image, &folder, day, Lang::En) else {
            panic!("not saved")
        };
        assert_eq!((path.file_name().unwrap().to_str().unwrap(), size_px), (expected, [4, 3]));
        let read = image::open(&path).unwrap().to_rgba8();
        assert_eq!(read.get_pixel(3, 2).0, [0, 114, 178, 255]);
    }
}

#[test]
fn one_screenshot_at_a_time_unless_the_renderer_never_answered() {
    // No renderer here: a screenshot asked for is never answered.
    let ctx = egui::Context::default();
    let mut jobs = Jobs::default();
    let folder = std::env::temp_dir();
    let day = jiff::civil::date(2012, 12, 31);
    assert!(jobs.screenshot(&ctx, folder.clone(), day, Lang::En));
    assert!(!jobs.screenshot(&ctx, folder.clone(), day, Lang::En), "a held key asks once");
    jobs.screenshot_asked = jobs.screenshot_asked.map(|asked| asked - SCREENSHOT_PATIENCE - SCREENSHOT_PATIENCE);
    assert!(jobs.screenshot(&ctx, folder, day, Lang::En), "a screenshot never answered does not block the next");
}
