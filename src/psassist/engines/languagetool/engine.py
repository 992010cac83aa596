"""What the checker and `psassist doctor` call: open a client, or describe the setup.

Text only ever goes to psassist's own server on 127.0.0.1 or to `languagetool.url`, a
server the user configured; never to a public LanguageTool API.
"""

from __future__ import annotations

import shutil
import time

from psassist import locations
from psassist.config import LanguageToolSettings, Settings, config_file
from psassist.engines.java import MINIMUM_JAVA, JavaError, find_java, java_info
from psassist.engines.languagetool.client import LanguageToolClient
from psassist.engines.languagetool.errors import LanguageToolError, LanguageToolUnavailable
from psassist.engines.languagetool.installation import Installation, locate
from psassist.engines.languagetool.server import answers, ensure_local_server, running_server
from psassist.engines.languagetool.state import LOG_FILE, last_heartbeat, touch_heartbeat
from psassist.engines.languagetool.transport import get_json, normalize_url

#: A remote server that does not answer within this many seconds counts as unavailable.
REMOTE_PROBE_TIMEOUT = 5.0
JAVA_FIX = f"install a JDK {MINIMUM_JAVA}+ (e.g. `sudo apt install openjdk-17-jre-headless`)"


def open_languagetool(settings: Settings) -> LanguageToolClient:
    """A client for the configured server, or the local one (reused, or started now).

    Raises LanguageToolUnavailable with a one-line reason and fix; never downloads.
    """
    lt = settings.languagetool
    if not lt.enabled:
        raise LanguageToolUnavailable(
            f"LanguageTool is turned off (languagetool.enabled = false in {config_file()})"
        )
    if lt.url:
        return _open_remote(lt)
    installation = _installation(settings)
    folder = locations.state_dir()  # fixed now, so later environment changes do not matter
    state = ensure_local_server(lt, installation, folder)

    def reconnect() -> str:
        return ensure_local_server(lt, installation, folder).url

    client = LanguageToolClient(
        state.url,
        lt.language,
        on_use=lambda: touch_heartbeat(folder),
        reconnect=reconnect,
        version=installation.version,
        note=f"local server, stops after {lt.idle_minutes:g} idle minutes",
    )
    _require_language(client.url, lt.language, timeout=10.0)
    return client


def describe(settings: Settings) -> dict[str, object]:
    """Facts for `psassist doctor`, with `ok`, `problem` and `fix`.

    Starts nothing and sends no text; it only asks a configured or running server for its
    language list.
    """
    lt = settings.languagetool
    java = _describe_java()
    info: dict[str, object] = {
        "ok": True,
        "problem": None,
        "fix": None,
        "enabled": lt.enabled,
        "mode": "remote" if lt.url else "local",
        "language": lt.language,
        "wanted_version": lt.version,
        "java": java,
        "maven": shutil.which("mvn"),
    }
    if not lt.enabled:
        info["note"] = "turned off in the settings (languagetool.enabled = false)"
        return info
    if lt.url:
        problem, fix = _describe_remote(lt.url, info)
    else:
        problem, fix = _describe_local(settings, info)
        if problem is None and not java["ok"] and not info["running"]:
            problem, fix = str(java["problem"]), f"{JAVA_FIX} or set JAVA_HOME"
    info.update(ok=problem is None, problem=problem, fix=fix)
    return info


def _open_remote(lt: LanguageToolSettings) -> LanguageToolClient:
    try:
        url = normalize_url(lt.url or "")
    except LanguageToolError as exc:
        raise LanguageToolUnavailable(f"{exc}; fix languagetool.url in {config_file()}") from exc
    _require_language(url, lt.language, timeout=REMOTE_PROBE_TIMEOUT)
    return LanguageToolClient(url, lt.language, note="your server (languagetool.url)")


def _require_language(url: str, language: str, timeout: float) -> None:
    """The server answers /v2/languages and knows `language` (no text is sent)."""
    try:
        languages = get_json(f"{url}/v2/languages", timeout)
    except LanguageToolError as exc:
        raise LanguageToolUnavailable(
            f"{exc}; start that server or fix languagetool.url in {config_file()}"
        ) from exc
    codes: set[str] = set()
    for entry in languages if isinstance(languages, list) else []:
        if isinstance(entry, dict):
            codes.update(str(entry.get(key, "")) for key in ("code", "longCode"))
    if language not in codes:
        raise LanguageToolUnavailable(
            f"LanguageTool at {url} does not support language {language!r}; "
            "fix languagetool.language"
        )


def _installation(settings: Settings) -> Installation:
    try:
        found = locate(settings)
    except LanguageToolError as exc:
        raise LanguageToolUnavailable(
            f"{exc}; fix languagetool.directory in {config_file()}"
        ) from exc
    if found is None:
        raise LanguageToolUnavailable("LanguageTool not installed; run `psassist setup`")
    return found


def _describe_java() -> dict[str, object]:
    java = find_java()
    if java is None:
        return {"path": None, "ok": False, "problem": "Java not found"}
    try:
        found = java_info(java)
    except JavaError as exc:
        return {"path": str(java), "ok": False, "problem": str(exc)}
    ok = found.major >= MINIMUM_JAVA
    return {
        "path": str(found.path),
        "version": found.description,
        "major": found.major,
        "ok": ok,
        "problem": None if ok else f"Java {found.major} is too old; need {MINIMUM_JAVA}+",
    }


def _describe_remote(raw_url: str, info: dict[str, object]) -> tuple[str | None, str | None]:
    fix = f"start that server or fix languagetool.url in {config_file()}"
    try:
        url = normalize_url(raw_url)
    except LanguageToolError as exc:
        info["url"] = raw_url
        return str(exc), fix
    info["url"] = url
    info["answers"] = answers(url, REMOTE_PROBE_TIMEOUT)
    return (None, None) if info["answers"] else (f"no LanguageTool answers at {url}", fix)


def _describe_local(settings: Settings, info: dict[str, object]) -> tuple[str | None, str | None]:
    lt = settings.languagetool
    folder = locations.state_dir()
    problem: str | None = None
    fix: str | None = None
    try:
        found = locate(settings)
    except LanguageToolError as exc:
        found = None
        problem, fix = str(exc), f"fix languagetool.directory in {config_file()}"
    else:
        if found is None:
            problem, fix = "LanguageTool is not installed", "run `psassist setup`"
    info.update(
        installed=found is not None,
        installation=found.as_dict() if found else None,
        heap=lt.heap,
        idle_minutes=lt.idle_minutes,
        log=str(folder / LOG_FILE),
    )
    state = running_server(folder)
    info["running"] = state is not None
    if state is not None:
        used = last_heartbeat(folder)
        info["server"] = {
            "url": state.url,
            "port": state.port,
            "java_pid": state.java_pid,
            "daemon_pid": state.daemon_pid,
            "version": state.version,
            "directory": state.lt_dir,
            "heap": state.heap,
            "idle_minutes": state.idle_minutes,
            "started": _iso(state.started),
            "last_used": _iso(used) if used else None,
        }
    return problem, fix


def _iso(stamp: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(stamp))
