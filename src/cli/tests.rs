use super::*;

fn parse_lat_lon_en(text: &str) -> anyhow::Result<(f64, f64)> {
    parse_lat_lon(text, Lang::En)
}

fn moment_en(args: &MomentArgs, today: Date) -> anyhow::Result<Date> {
    moment(args, today, Lang::En)
}

#[test]
fn a_point_is_latitude_then_longitude() {
    assert_eq!(parse_lat_lon_en("55.75,37.62").unwrap(), (55.75, 37.62));
    assert_eq!(parse_lat_lon_en(" -33.9 , 18.4 ").unwrap(), (-33.9, 18.4));
}

#[test]
fn a_point_out_of_range_or_malformed_is_refused() {
    assert_eq!(parse_lat_lon_en("95,37").unwrap_err().to_string(), "--at: latitude 95 is out of range (-90 to 90)");
    assert_eq!(
        parse_lat_lon_en("55,200").unwrap_err().to_string(),
        "--at: longitude 200 is out of range (-180 to 180)"
    );
    assert!(parse_lat_lon_en("55.75").unwrap_err().to_string().contains("expected LAT,LON"));
    assert!(parse_lat_lon_en("north,east").unwrap_err().to_string().contains("expected LAT,LON"));
    assert!(parse_lat_lon_en("NaN,1").is_err());
}

#[test]
fn a_future_date_is_refused_but_today_is_allowed() {
    let today = jiff::civil::date(2026, 11, 30);
    let day = |date: &str| MomentArgs { date: Some(date.into()), year: None };
    assert_eq!(moment_en(&day("2026-11-30"), today).unwrap(), today);
    let error = moment_en(&day("2026-12-01"), today).unwrap_err();
    assert_eq!(error.to_string(), "--date: 2026-12-01 is in the future: the timeline ends today (2026-11-30)");
}
