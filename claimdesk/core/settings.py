"""The user's settings: a small JSON file in the platform's config folder.

Only what belongs to the person rather than to a library lives here: the name every change is
signed with (on a team database, the others see it beside each change), the language and
appearance of the window, the library opened by default, how often to back up, the rating
scale, the confidence a suggestion needs to be shown and the language images and scans are
read in. ``$CLAIMDESK_CONFIG_DIR`` moves the
folder (tests and portable installs use it).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

from claimdesk.core.errors import LibraryError
from claimdesk.core.nlp.threshold import THRESHOLD, valid_threshold

APP_NAME = "ClaimDesk"
SETTINGS_FILE = "settings.json"
ENV_USER = "CLAIMDESK_USER"
ENV_CONFIG_DIR = "CLAIMDESK_CONFIG_DIR"

LANGUAGES = ("system", "en", "it")
APPEARANCES = ("system", "light", "dark")
RATING_SCALES = ("default",)
BACKUP_DAYS_RANGE = (0, 30)  # 0: no automatic backups
# The language OCR reads images and scans in: "detect" reads English and Italian together
# (the article's language is then found in the text), "en" or "it" that one alone (a little
# faster, a little less accurate: bench/ocr.py, English screenshots 0.981 against 0.983).
OCR_LANGUAGES = ("detect", "en", "it")

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user has set; an empty ``user_name`` means the operating-system user and an
    empty ``library`` the default library folder."""

    user_name: str = ""
    language: str = "system"
    appearance: str = "system"
    library: str = ""
    backup_days: int = 1
    rating_scale: str = "default"
    suggestion_threshold: float = THRESHOLD
    ocr_languages: str = "detect"


def config_dir() -> Path:
    """The folder of the settings file: ``$CLAIMDESK_CONFIG_DIR`` or the platform's one."""
    override = os.environ.get(ENV_CONFIG_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    """Where the settings file lives (it may not exist yet)."""
    return config_dir() / SETTINGS_FILE


def _read_raw(target: Path) -> dict[str, Any] | None:
    """The file's JSON object; None when missing, unreadable or not an object."""
    try:
        data: Any = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        _log.warning("Ignoring the settings file %s (%s); using the defaults.", target, exc)
        return None
    if not isinstance(data, dict):
        _log.warning("Ignoring the settings file %s (not a JSON object).", target)
        return None
    return data


def _text(data: dict[str, Any], key: str, default: str, allowed: tuple[str, ...] = ()) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or (allowed and value not in allowed):
        return default
    return value.strip()


def _from_dict(data: dict[str, Any]) -> Settings:
    default = Settings()
    days = data.get("backup_days", default.backup_days)
    low, high = BACKUP_DAYS_RANGE
    # bool is an int in Python; true/false is not a number of days.
    if not isinstance(days, int) or isinstance(days, bool) or not low <= days <= high:
        days = default.backup_days
    return Settings(
        user_name=_text(data, "user_name", default.user_name),
        language=_text(data, "language", default.language, LANGUAGES),
        appearance=_text(data, "appearance", default.appearance, APPEARANCES),
        library=_text(data, "library", default.library),
        backup_days=days,
        rating_scale=_text(data, "rating_scale", default.rating_scale, RATING_SCALES),
        suggestion_threshold=_threshold(data.get("suggestion_threshold", THRESHOLD)),
        ocr_languages=_text(data, "ocr_languages", default.ocr_languages, OCR_LANGUAGES),
    )


def _threshold(value: object) -> float:
    """A saved threshold, or the default when it is not a number in range."""
    return round(float(value), 2) if valid_threshold(value) else THRESHOLD


def suggestion_threshold(path: Path | None = None) -> float:
    """The confidence a suggestion needs to be shown (the window and ``analyze`` use it)."""
    return load_settings(path).suggestion_threshold


def ocr_language(path: Path | None = None) -> str | None:
    """The language images and scans are read in (an ISO 639-1 code), or ``None`` to read
    English and Italian together."""
    chosen = load_settings(path).ocr_languages
    return None if chosen == "detect" else chosen


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when the file is missing or unreadable.

    A damaged settings file must never stop anyone from working: it is logged and ignored, and
    a value out of range falls back to its default alone.
    """
    data = _read_raw(settings_path() if path is None else path)
    return Settings() if data is None else _from_dict(data)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings (atomically: a scratch file renamed over the old one).

    Keys this version does not know (written by a newer one) are kept.
    """
    target = settings_path() if path is None else path
    data = _read_raw(target) or {}
    known = {f.name for f in fields(Settings)}
    merged = {k: v for k, v in data.items() if k not in known} | asdict(settings)
    scratch = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch.write_text(json.dumps(merged, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(scratch, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            scratch.unlink(missing_ok=True)
        raise LibraryError(
            "Cannot save the settings to {target}: {reason}; check that folder.",
            target=target,
            reason=exc.strerror or exc,
        ) from None
    return target


def user_name(path: Path | None = None) -> str:
    """The name changes are signed with: $CLAIMDESK_USER, then the settings, then the OS user."""
    from_env = os.environ.get(ENV_USER, "").strip()
    if from_env:
        return from_env
    saved = load_settings(path).user_name
    if saved:
        return saved
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
