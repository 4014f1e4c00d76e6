//! Optional OpenStreetMap tiles under the countries: off by default, fetched politely (a distinct
//! User-Agent, two connections, a disk cache), credited on screen, and quiet when offline.

use std::net::{TcpStream, ToSocketAddrs};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use egui::{Align2, Rect, Ui};
use walkers::{HeaderValue, HttpOptions, HttpTiles, MaxParallelDownloads, Tiles, sources::OpenStreetMap};

const TILE_HOST: &str = "tile.openstreetmap.org";
const USER_AGENT: &str = concat!("csto-map/", env!("CARGO_PKG_VERSION"), " (offline-first CSTO history map)");

/// The tile source, created when the user first switches tiles on.
#[derive(Default)]
pub struct TileLayer {
    tiles: Option<HttpTiles>,
    /// The answer of a one-off check that the tile server can be reached.
    probe: Option<Receiver<bool>>,
    reachable: Option<bool>,
}

impl TileLayer {
    /// The tiles to draw, if switched on.
    pub fn get(&mut self, on: bool, ctx: &egui::Context) -> Option<&mut dyn Tiles> {
        if !on {
            return None;
        }
        if let Some(answer) = self.probe.as_ref().and_then(|probe| probe.try_recv().ok()) {
            self.reachable = Some(answer);
            self.probe = None;
        }
        if self.tiles.is_none() {
            self.probe = Some(probe(ctx.clone()));
            let options = HttpOptions {
                cache: eframe::storage_dir(crate::APP_ID).map(|dir| dir.join("tiles")),
                user_agent: Some(HeaderValue::from_static(USER_AGENT)),
                max_parallel_downloads: MaxParallelDownloads(2),
                ..HttpOptions::default()
            };
            self.tiles = Some(HttpTiles::with_options(OpenStreetMap, options, ctx.clone()));
        }
        self.tiles.as_mut().map(|tiles| tiles as &mut dyn Tiles)
    }

    /// The credit the tile licence asks for, and one quiet line when the server is out of reach.
    pub fn attribution_ui(&self, ui: &mut Ui, map: Rect, on: bool, lang: crate::i18n::Lang) {
        if !on {
            return;
        }
        egui::Area::new(egui::Id::unique("csto-map tile attribution"))
            .fixed_pos(map.right_bottom())
            .pivot(Align2::RIGHT_BOTTOM)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    if self.reachable == Some(false) {
                        ui.label(lang.t("tiles-offline"));
                    }
                    ui.hyperlink_to(lang.t("tiles-credit"), "https://www.openstreetmap.org/copyright");
                });
            });
    }
}

/// Checks once, off the UI thread, whether the tile server answers.
fn probe(ctx: egui::Context) -> Receiver<bool> {
    let (send, receive) = channel();
    std::thread::spawn(move || {
        let reachable = (TILE_HOST, 443)
            .to_socket_addrs()
            .ok()
            .and_then(|mut addrs| addrs.next())
            .is_some_and(|addr| TcpStream::connect_timeout(&addr, Duration::from_secs(4)).is_ok());
        let _ = send.send(reachable);
        ctx.request_repaint();
    });
    receive
}
