"""Pictures of a run, written to <data>/reports/ as PNG: a timeline of events and the money figures over time.

Figures are drawn on matplotlib's Agg canvas directly, not through pyplot: no display is needed, and no global
figure state builds up in a long-running Dagster process.
"""

import io
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

from pipeline.io import replacing, table_path
from schemas.vocabulary import EVENT_TYPES

REPORTS_DIR = "reports"
TIMELINE_FILE = "timeline.png"
MONEY_FILE = "money.png"
DPI = 100

# A fixed colour per PLOVER type, the same in every run whatever types occur: warm hues for conflict, cool for
# cooperation; the dark shade of a hue for a material type, the light shade for its verbal counterpart.
EVENT_TYPE_COLOURS = {
    "ASSAULT": "#d62728", "THREATEN": "#ff9896",
    "COERCE": "#9467bd", "REJECT": "#c5b0d5",
    "SANCTION": "#ff7f0e", "REQUEST": "#ffbb78",
    "MOBILIZE": "#8c564b", "ACCUSE": "#c49c94",
    "PROTEST": "#e377c2",
    "COOPERATE": "#1f77b4", "CONSULT": "#aec7e8",
    "AID": "#2ca02c", "SUPPORT": "#98df8a",
    "RETREAT": "#bcbd22", "CONCEDE": "#dbdb8d",
    "AGREE": "#17becf",
}
# A chart of one or two days would otherwise get hour ticks.
MIN_DAYS_SHOWN = 14


def reports_path(data_dir: Path) -> Path:
    return data_dir / REPORTS_DIR


def new_figure(height: float = 5.0) -> Figure:
    figure = Figure(figsize=(10, height), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def say(axes: Axes, text: str) -> None:
    axes.text(0.5, 0.5, text, ha="center", va="center", transform=axes.transAxes, color="dimgray")


def note(axes: Axes, text: str) -> None:
    """An empty chart that says why it is empty, instead of a crash or a blank image."""
    say(axes, text)
    axes.set_xticks([])
    axes.set_yticks([])


def date_axis(axes: Axes) -> None:
    low, high = axes.get_xlim()
    if high - low < MIN_DAYS_SHOWN:
        middle = (low + high) / 2
        axes.set_xlim(middle - MIN_DAYS_SHOWN / 2, middle + MIN_DAYS_SHOWN / 2)
    locator = mdates.AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def days(values: pd.Series) -> pd.Series:
    """Dates (datetime.date objects or timestamps) as midnight timestamps without a time zone."""
    return pd.to_datetime(values).dt.tz_localize(None).dt.normalize()


def timeline_figure(clusters: pd.DataFrame) -> Figure:
    """Clusters per day, coloured by event type.

    A cluster dated to a single day is a bar on that day. One dated only to a range (a week, a month, a season) is
    drawn as a span over every day it may have happened, in a panel of its own: stacking it on its first day would
    invent a spike on the 1st of the month. Undated clusters cannot be placed and are counted in the title, with
    those no report dates (date_source "publication": the week ending on their publication is a guess).
    """
    clusters = clusters.assign(event_date=clusters["event_date"].where(clusters["date_source"] != "publication"))
    start = days(clusters["event_date"])
    end = days(clusters["date_end"]).fillna(start)
    dated = start.notna()
    single_day = dated & (end == start)
    ranged = dated & ~single_day
    undated = int((~dated).sum())
    figure = new_figure(6)
    figure.suptitle(
        f"Real-world events (clusters) by date: {int(single_day.sum())} dated to a day, {int(ranged.sum())} to a range"
        + (f", {undated} undated or dated only by their publication (not shown)" if undated else "")
    )
    if not dated.any():
        note(figure.subplots(), "No dated events in this run." if clusters.empty else f"None of the {len(clusters)} events has a date.")
        return figure
    day_axes, span_axes = figure.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    types = clusters["event_type"]
    per_day = pd.crosstab(start[single_day], types[single_day])
    bottom = pd.Series(0, index=per_day.index)
    for event_type in per_day.columns:
        # align="edge": the bar covers its day from midnight, as the spans below cover theirs.
        day_axes.bar(
            mdates.date2num(per_day.index), per_day[event_type].to_numpy(), width=0.8, bottom=bottom.to_numpy(), align="edge",
            color=EVENT_TYPE_COLOURS[event_type],
        )
        bottom += per_day[event_type]
    day_axes.set_title("Dated to a day: clusters per day", loc="left", fontsize="medium")
    day_axes.set_ylabel("clusters")
    day_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    if per_day.empty:
        say(day_axes, "none")
    order = start[ranged].sort_values(kind="stable").index
    for row, index in enumerate(order):
        left = mdates.date2num(start[index])
        # +1: date_end is the last possible day, inclusive.
        span_axes.barh(row, mdates.date2num(end[index]) + 1 - left, left=left, height=0.7, color=EVENT_TYPE_COLOURS[types[index]])
    span_axes.set_title("Dated only to a range (week, month, ...): one bar per cluster over the days it may have happened", loc="left", fontsize="medium")
    span_axes.set_yticks([])
    span_axes.set_ylim(-0.5, max(len(order), 1) - 0.5)
    if not len(order):
        say(span_axes, "none")
    date_axis(span_axes)
    shown = [event_type for event_type in EVENT_TYPES if event_type in set(types[dated])]
    handles = [Line2D([], [], color=EVENT_TYPE_COLOURS[event_type], linewidth=8) for event_type in shown]
    figure.legend(handles, shown, loc="outside right center", title="event type")
    return figure


def short_amount(value: float, _position: object = None) -> str:
    """2000000.0 -> "2M": log-axis labels a reader takes in at a glance."""
    for size, suffix in ((1e12, "T"), (1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def short_amount_at_2_and_5(value: float, _position: object = None) -> str:
    return short_amount(value) if f"{value:e}"[0] in "25" else ""


def money_points(figures: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Money figures with the day to plot them on: their event's date when a text gives it (not the publication
    week an undated event takes), else their article's publication day."""
    # merge, not Series.map: pandas 3.1 fails mapping through an empty Series of dates (no events yet).
    money = (
        figures[figures["kind"] == "money"]
        .merge(events[["event_id", "event_date", "date_source"]], on="event_id", how="left")
        .merge(documents[["doc_id", "published_at"]], on="doc_id", how="left")
    )
    event_day = days(money["event_date"].where(money["date_source"] != "publication"))
    published_day = days(money["published_at"])
    return pd.DataFrame(
        {
            "day": event_day.fillna(published_day),
            "dated_by": event_day.notna().map({True: "event", False: "published"}).where(event_day.notna() | published_day.notna()),
            "value": money["value"],
            "value_min": money["value_min"],
            "value_max": money["value_max"],
            "currency": money["currency"],
        }
    )

def money_figure(points: pd.DataFrame) -> Figure:
    """Each money figure at its day, on a log scale, one colour per currency; a range figure gets a line min..max."""
    undated = points["day"].isna()
    not_positive = ~undated & (points["value"] <= 0)
    shown = points[~undated & ~not_positive]
    hidden = [f"{count} {why}" for count, why in ((int(undated.sum()), "without a date"), (int(not_positive.sum()), "not above zero")) if count]
    figure = new_figure()
    figure.suptitle(f"Money figures over time: {len(shown)} shown" + (f" ({', '.join(hidden)}: not shown)" if hidden else ""))
    axes = figure.subplots()
    if shown.empty:
        note(axes, "No dated money figures in this run.")
        return figure
    colours = dict(zip(sorted(shown["currency"].unique()), matplotlib.colormaps["tab10"].colors * 10))
    for (currency, dated_by), group in shown.groupby(["currency", "dated_by"]):
        x = mdates.date2num(group["day"])
        face = colours[currency] if dated_by == "event" else "none"
        axes.scatter(x, group["value"], s=36, facecolors=face, edgecolors=colours[currency], zorder=3)
        ranges = group["value_min"].notna() & group["value_max"].notna()
        axes.vlines(x[ranges.to_numpy()], group["value_min"][ranges], group["value_max"][ranges], colors=colours[currency], alpha=0.6)
    axes.set_yscale("log")
    axes.yaxis.set_major_formatter(FuncFormatter(short_amount))
    # A span of a decade or two has one or two major ticks: label the minor ticks at 2x and 5x too, unless the
    # span is so wide that they would crowd.
    low, high = shown[["value", "value_min"]].min().min(), shown[["value", "value_max"]].max().max()
    axes.yaxis.set_minor_formatter(FuncFormatter(short_amount_at_2_and_5) if high / low < 1000 else NullFormatter())
    axes.set_ylabel("amount in its own currency (not converted)")
    date_axis(axes)
    handles = [Line2D([], [], marker="o", linestyle="", color=colour, label=currency) for currency, colour in colours.items()]
    handles += [
        Line2D([], [], marker="o", linestyle="", color="gray", label="filled: at its event's (first possible) day"),
        Line2D([], [], marker="o", linestyle="", color="gray", markerfacecolor="none", label="hollow: at its article's publication day"),
    ]
    figure.legend(handles=handles, loc="outside right center")
    return figure


def png_bytes(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def write_png(png: bytes, path: Path) -> Path:
    """Atomically, like the tables: a dashboard reading the file never sees half an image."""
    with replacing(path) as temporary:
        temporary.write_bytes(png)
    return path

def read_columns(data_dir: Path, table: str, columns: list[str]) -> pd.DataFrame:
    # Only the columns a chart needs: documents.text alone can be most of the dataset.
    return pd.read_parquet(table_path(data_dir, table), columns=columns)


def draw_timeline(data_dir: Path) -> bytes:
    clusters = read_columns(data_dir, "event_clusters", ["event_type", "event_date", "date_end", "date_source", "aux_mode"])
    happened = clusters["aux_mode"].isna() | (clusters["aux_mode"] == "historical")  # not future, hypothetical, negated
    return png_bytes(timeline_figure(clusters[happened]))


def draw_money(data_dir: Path) -> bytes:
    figures = read_columns(data_dir, "figures", ["doc_id", "kind", "value", "value_min", "value_max", "currency", "event_id"])
    events = read_columns(data_dir, "events", ["event_id", "event_date", "date_source"])
    documents = read_columns(data_dir, "documents", ["doc_id", "published_at"])
    return png_bytes(money_figure(money_points(figures, events, documents)))
