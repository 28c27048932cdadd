<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>ignore your settings (voice, rate, counting, lead-in): the standard choices</source>
        <extracomment>plan, cues and run follow the user&apos;s settings unless given this.</extracomment>
        <translation>Ihre Einstellungen übergehen (Stimme, Sprechtempo, Zählen, Vorlaufzeit): die Standardwerte</translation>
    </message>
    <message>
        <source>the language of what the command says and writes (the handout too): system (the environment&apos;s LANGUAGE, LC_ALL, LC_MESSAGES or LANG), en, de or es; over the language chosen in Settings</source>
        <extracomment>The option every command takes: the language of what it says and writes (a handout for a patient who speaks another language), over Settings&apos; language, over the environment&apos;s.</extracomment>
        <translation>die Sprache, in der der Befehl antwortet und schreibt (auch das Übungsblatt): system (LANGUAGE, LC_ALL, LC_MESSAGES oder LANG der Umgebung), en, de oder es; hat Vorrang vor der Sprache in den Einstellungen</translation>
    </message>
    <message>
        <source>Guided stretch and warm-up routines for runners with ankle pain.</source>
        <translation>Angeleitete Dehn- und Aufwärmprogramme für Läuferinnen und Läufer mit Sprunggelenkschmerzen.</translation>
    </message>
    <message>
        <source>ROUTINE is a library id (see `ankle-coach list`) or the path of a routine file. With no command, or with routine files only, the app opens.</source>
        <translation>ROUTINE ist eine ID aus der Bibliothek (siehe `ankle-coach list`) oder der Pfad einer Programmdatei. Ohne Befehl oder nur mit Programmdateien öffnet sich die App.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>Version anzeigen und beenden</translation>
    </message>
    <message>
        <source>start in the system tray for the weekly plan&apos;s reminders, without the window (as Start at login does); the window opens when there is no tray or no reminder</source>
        <translation>im Infobereich für die Erinnerungen des Wochenplans starten, ohne Fenster (wie beim Start mit der Anmeldung); das Fenster öffnet sich, wenn es keinen Infobereich oder keine Erinnerung gibt</translation>
    </message>
    <message>
        <source>the routine library</source>
        <translation>die Bibliothek der Übungsprogramme</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>als JSON ausgeben</translation>
    </message>
    <message>
        <source>check routine files</source>
        <translation>Programmdateien prüfen</translation>
    </message>
    <message>
        <source>the timed segments and cues of a routine</source>
        <translation>die zeitlichen Abschnitte und Ansagen eines Programms</translation>
    </message>
    <message>
        <source>render every cue of a routine to WAV, with DIR/manifest.json</source>
        <translation>jede Ansage eines Programms als WAV erzeugen, mit DIR/manifest.json</translation>
    </message>
    <message>
        <source>the folder to write the WAV files and manifest.json in</source>
        <translation>der Ordner für die WAV-Dateien und manifest.json</translation>
    </message>
    <message>
        <source>an audio-only session in the terminal</source>
        <translation>eine Einheit nur mit Ton, im Terminal</translation>
    </message>
    <message>
        <source>Keys: Space/p pause, n next, b back, r restart exercise, d done, +/- adjust the hold by 5 s, m mute, q quit. The session is logged in your history as in the app; on a terminal you are asked how your ankle feels before and after.</source>
        <translation>Tasten: Leertaste/p Pausieren, n weiter, b zurück, r Übung neu starten, d fertig, +/- Haltezeit um 5 s ändern, m Stumm, q beenden. Die Einheit wird wie in der App in Ihrem Verlauf gespeichert; im Terminal werden Sie vorher und nachher gefragt, wie sich Ihr Sprunggelenk anfühlt.</translation>
    </message>
    <message>
        <source>beeps instead of words</source>
        <translation>Signaltöne statt Worte</translation>
    </message>
    <message>
        <source>no sound: cues as text only</source>
        <translation>kein Ton: Ansagen nur als Text</translation>
    </message>
    <message>
        <source>don&apos;t ask how your ankle feels before and after (never asked when stdin is not a terminal)</source>
        <translation>nicht vorher und nachher nach dem Sprunggelenk fragen (nie gefragt, wenn stdin kein Terminal ist)</translation>
    </message>
    <message>
        <source>a printable PDF of a routine</source>
        <translation>ein druckbares PDF eines Programms (Übungsblatt)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>US Letter pages instead of A4</source>
        <translation>US-Letter-Seiten statt A4</translation>
    </message>
    <message>
        <source>check a routine package (.ankle.zip) or routine file and add it to My routines</source>
        <translation>ein Programmpaket (.ankle.zip) oder eine Programmdatei prüfen und zu „Meine Programme“ hinzufügen</translation>
    </message>
    <message>
        <source>the routine&apos;s suggested schedule: add it to the weekly plan, or not (without this, it is shown and not added)</source>
        <translation>der vorgeschlagene Zeitplan des Programms: in den Wochenplan übernehmen oder nicht (ohne diese Option wird er angezeigt, aber nicht übernommen)</translation>
    </message>
    <message>
        <source>accept the suggested schedule on these days instead</source>
        <translation>den vorgeschlagenen Zeitplan stattdessen an diesen Tagen übernehmen</translation>
    </message>
    <message>
        <source>accept the suggested schedule at this time instead</source>
        <translation>den vorgeschlagenen Zeitplan stattdessen zu dieser Uhrzeit übernehmen</translation>
    </message>
    <message>
        <source>replace a routine of the same id already in My routines</source>
        <translation>ein Programm mit derselben ID in „Meine Programme“ ersetzen</translation>
    </message>
    <message>
        <source>keep a routine of the same id too; the new one gets the next free id</source>
        <translation>ein Programm mit derselben ID ebenfalls behalten; das neue erhält die nächste freie ID</translation>
    </message>
    <message>
        <source>write a routine package (.ankle.zip) of a routine, with its pictures</source>
        <translation>ein Programmpaket (.ankle.zip) eines Programms schreiben, mit seinen Bildern</translation>
    </message>
    <message>
        <source>the package file to write, or a folder to write it in</source>
        <translation>die zu schreibende Paketdatei oder ein Ordner dafür</translation>
    </message>
    <message>
        <source>the session log and pain check-ins</source>
        <translation>das Protokoll der Einheiten und die Schmerzabfragen</translation>
    </message>
    <message>
        <source>this week&apos;s sessions, the streak and the latest sessions and check-ins</source>
        <translation>die Einheiten dieser Woche, die Serie (Tage in Folge) und die letzten Einheiten und Schmerzabfragen</translation>
    </message>
    <message>
        <source>show the latest N (10)</source>
        <translation>die letzten N anzeigen (10)</translation>
    </message>
    <message>
        <source>every session and check-in as CSV, e.g. for an appointment</source>
        <translation>alle Einheiten und Schmerzabfragen als CSV, z. B. für einen Arzttermin</translation>
    </message>
    <message>
        <source>the CSV file to write (its columns are named in English)</source>
        <translation>die zu schreibende CSV-Datei (die Spalten haben englische Namen)</translation>
    </message>
    <message>
        <source>also write the weekly plan&apos;s sessions (done, missed, to come) to this CSV</source>
        <translation>zusätzlich die Einheiten des Wochenplans (erledigt, verpasst, anstehend) in diese CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>record a pain check-in, then say what the see-a-doctor rules advise</source>
        <translation>eine Schmerzabfrage festhalten, dann sagen, wozu die Regeln für den Arztbesuch raten</translation>
    </message>
    <message>
        <source>pain from 0 (none) to 10 (the worst)</source>
        <translation>Schmerz von 0 (keiner) bis 10 (der schlimmste)</translation>
    </message>
    <message>
        <source>a warning sign: swelling, cannot-bear-weight, pain-at-rest-or-night, numbness-or-tingling, unhealed-injury</source>
        <translation>ein Warnzeichen: swelling (Schwellung), cannot-bear-weight (nicht belastbar), pain-at-rest-or-night (Schmerz in Ruhe oder nachts), numbness-or-tingling (Taubheit oder Kribbeln), unhealed-injury (nicht verheilte Verletzung)</translation>
    </message>
    <message>
        <source>when it was, for a check-in you forgot to record</source>
        <translation>wann es war, für eine vergessene Schmerzabfrage</translation>
    </message>
    <message>
        <source>what the see-a-doctor rules say now</source>
        <translation>was die Regeln für den Arztbesuch jetzt sagen</translation>
    </message>
    <message>
        <source>add the app to your desktop&apos;s menu, opening routine packages (.ankle.zip)</source>
        <translation>die App ins Menü Ihres Desktops eintragen, als Programm für Programmpakete (.ankle.zip)</translation>
    </message>
    <message>
        <source>Puts the menu entry, the icon and the routine package file type under $XDG_DATA_HOME (~/.local/share), starting this same ankle-coach, and updates the desktop&apos;s caches.</source>
        <translation>Legt den Menüeintrag, das Symbol und den Dateityp für Programmpakete unter $XDG_DATA_HOME (~/.local/share) ab, die dieses ankle-coach starten, und aktualisiert die Zwischenspeicher des Desktops.</translation>
    </message>
    <message>
        <source>remove what install-desktop put there</source>
        <translation>entfernen, was install-desktop dort abgelegt hat</translation>
    </message>
    <message>
        <source>the weekly plan: reminders of a routine on chosen days at a local time</source>
        <translation>der Wochenplan: Erinnerungen an ein Programm an bestimmten Tagen zu einer Ortszeit</translation>
    </message>
    <message>
        <source>Times are wall-clock times where you are (TZ, else the system&apos;s zone): 18:30 stays 18:30 across daylight-saving changes and time-zone moves.</source>
        <translation>Uhrzeiten gelten als Ortszeit dort, wo Sie sind (TZ, sonst die Zeitzone des Systems): 18:30 bleibt 18:30, auch bei Zeitumstellung und Wechsel der Zeitzone.</translation>
    </message>
    <message>
        <source>remind of a routine on some days at a time</source>
        <translation>an ein Programm an bestimmten Tagen zu einer Uhrzeit erinnern</translation>
    </message>
    <message>
        <source>a library id, as `ankle-coach list` shows</source>
        <translation>eine ID aus der Bibliothek, wie `ankle-coach list` sie zeigt</translation>
    </message>
    <message>
        <source>mon,wed,fri (or full names, or a range such as mon-fri), daily, weekdays or weekends (daily)</source>
        <translation>mo,mi,fr (oder ganze Namen oder ein Bereich wie mo-fr), täglich, werktags oder wochenende; auch Englisch: mon,wed,fri, daily, weekdays, weekends (täglich)</translation>
    </message>
    <message>
        <source>the time, 24-hour, e.g. 18:30</source>
        <translation>die Uhrzeit im 24-Stunden-Format, z. B. 18:30</translation>
    </message>
    <message>
        <source>every reminder and when it is next</source>
        <translation>alle Erinnerungen und wann sie als Nächstes kommen</translation>
    </message>
    <message>
        <source>the next reminder, in ISO 8601 with the UTC offset</source>
        <translation>die nächste Erinnerung, in ISO 8601 mit UTC-Versatz</translation>
    </message>
    <message>
        <source>print JSON (null when none)</source>
        <translation>als JSON ausgeben (null, wenn keine)</translation>
    </message>
    <message>
        <source>remove a reminder</source>
        <translation>eine Erinnerung entfernen</translation>
    </message>
    <message>
        <source>remind again</source>
        <translation>wieder erinnern</translation>
    </message>
    <message>
        <source>keep a reminder but stop reminding</source>
        <translation>eine Erinnerung behalten, aber nicht mehr erinnern</translation>
    </message>
    <message>
        <source>its id, as `schedule list` shows</source>
        <translation>ihre ID, wie `schedule list` sie zeigt</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core (the README&apos;s Quick start has Fedora&apos;s too).</source>
        <extracomment>Said when Qt&apos;s own libraries cannot load a system library (README, Quick start).</extracomment>
        <translation>Unter Debian oder Ubuntu: sudo apt install libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core (der Schnellstart im README nennt auch die Pakete für Fedora).</translation>
    </message>
    <message>
        <source>ankle-coach: the window cannot start: {reason}</source>
        <translation>ankle-coach: das Fenster kann nicht starten: {reason}</translation>
    </message>
    <message>
        <source>ankle-coach: what the command printed was lost: {reason}</source>
        <extracomment>Errors of writing what a command prints: a full disk (`&gt; file` on it), /dev/full, a terminal gone, a descriptor closed under it.</extracomment>
        <translation>ankle-coach: die Ausgabe des Befehls ging verloren: {reason}</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (the usage line, the headings, its errors), which it asks gettext for: given in the language chosen (see _argparse_speaks).</extracomment>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
</context>
<context>
    <name>commands.desktop</name>
    <message>
        <source>{tool}: not installed, skipped (the desktop reads the files at log-in)</source>
        <extracomment>The cache tools, each with its arguments given the XDG data folder.</extracomment>
        <translation>{tool}: nicht installiert, übersprungen (der Desktop liest die Dateien bei der Anmeldung)</translation>
    </message>
    <message>
        <source>{tool}: could not run: {reason}</source>
        <translation>{tool}: konnte nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>Exit-Status {code}</translation>
    </message>
    <message>
        <source>{tool}: failed: {reason}</source>
        <translation>{tool}: fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{tool}: updated</source>
        <translation>{tool}: aktualisiert</translation>
    </message>
    <message>
        <source>{path}: cannot install: {reason}</source>
        <translation>{path}: kann nicht installiert werden: {reason}</translation>
    </message>
    <message>
        <source>installed {path}</source>
        <translation>installiert: {path}</translation>
    </message>
    <message>
        <source>the menu entry starts: {command}</source>
        <translation>der Menüeintrag startet: {command}</translation>
    </message>
    <message>
        <source>{path}: cannot remove: {reason}</source>
        <translation>{path}: kann nicht entfernt werden: {reason}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>entfernt: {path}</translation>
    </message>
    <message>
        <source>Ankle Coach was not installed in {path}; nothing to remove</source>
        <translation>Ankle Coach war nicht in {path} installiert; nichts zu entfernen</translation>
    </message>
    <message>
        <source>install-desktop is for Linux and BSD desktops (freedesktop.org menus); nothing was written</source>
        <translation>install-desktop ist für Linux- und BSD-Desktops (freedesktop.org-Menüs); es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>commands.handout</name>
    <message>
        <source>{size}: not a page size; use A4 or Letter</source>
        <translation>{size}: keine Seitengröße; A4 oder Letter verwenden</translation>
    </message>
    <message>
        <source>{path}: cannot write the handout: {reason}</source>
        <translation>{path}: das Übungsblatt kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: the handout of “{title}”, 1 page ({size})</source>
        <translation>{path}: das Übungsblatt zu „{title}“, 1 Seite ({size})</translation>
    </message>
    <message>
        <source>{path}: the handout of “{title}”, {pages} pages ({size})</source>
        <translation>{path}: das Übungsblatt zu „{title}“, {pages} Seiten ({size})</translation>
    </message>
    <message>
        <source>left out of the handout: {why}</source>
        <translation>fehlt im Übungsblatt: {why}</translation>
    </message>
</context>
<context>
    <name>commands.history</name>
    <message>
        <source>Nothing was exported: the history file {path} could not be read.</source>
        <extracomment>Exit status for input the command refuses (as argparse uses for a bad option).</extracomment>
        <translation>Nichts wurde exportiert: Die Verlaufsdatei {path} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{path}: cannot write the export: {reason}</source>
        <translation>{path}: der Export kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{sessions} and {check_ins} written to {path}</source>
        <translation>{sessions} und {check_ins} in {path} geschrieben</translation>
    </message>
    <message>
        <source>{count} planned session written to {path}</source>
        <translation>{count} geplante Einheit in {path} geschrieben</translation>
    </message>
    <message>
        <source>{count} planned sessions written to {path}</source>
        <translation>{count} geplante Einheiten in {path} geschrieben</translation>
    </message>
    <message>
        <source>No history: the history file could not be read. Try again later.</source>
        <extracomment>How many entries `history list` shows unless told.</extracomment>
        <translation>Kein Verlauf: Die Verlaufsdatei konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This week: {sessions}. Current streak: {current}; longest: {longest}.</source>
        <translation>Diese Woche: {sessions}. Aktuelle Serie: {current}; längste: {longest}.</translation>
    </message>
    <message>
        <source>No sessions or check-ins yet.</source>
        <translation>Noch keine Einheiten oder Schmerzabfragen.</translation>
    </message>
    <message>
        <source>The only entry:</source>
        <translation>Der einzige Eintrag:</translation>
    </message>
    <message>
        <source>All {total} entries, newest first:</source>
        <translation>Alle {total} Einträge, die neuesten zuerst:</translation>
    </message>
    <message>
        <source>The latest of {total} entries:</source>
        <translation>Der neueste von {total} Einträgen:</translation>
    </message>
    <message>
        <source>The latest {shown} of {total}, newest first:</source>
        <translation>Die letzten {shown} von {total}, die neuesten zuerst:</translation>
    </message>
    <message>
        <source>{title}: {outcome}</source>
        <translation>{title}: {outcome}</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerzabfrage</translation>
    </message>
    <message>
        <source>pain {before} → {after}</source>
        <translation>Schmerz {before} → {after}</translation>
    </message>
    <message>
        <source>pain {rating}</source>
        <translation>Schmerz {rating}</translation>
    </message>
    <message>
        <source>warning signs: {signs}</source>
        <translation>Warnzeichen: {signs}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} {time}</source>
        <translation>{weekday}, {day}. {month} {year} {time}</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (counts toward the week)</source>
        <translation>abgeschlossen, {percent} % der Übungszeit geschafft (zählt für die Woche)</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (not counted)</source>
        <translation>abgeschlossen, {percent} % der Übungszeit geschafft (zählt nicht)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (counts toward the week)</source>
        <translation>abgebrochen nach {percent} % der Übungszeit (zählt für die Woche)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (not counted)</source>
        <translation>abgebrochen nach {percent} % der Übungszeit (zählt nicht)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (counts toward the week)</source>
        <translation>nicht abgeschlossen, {percent} % der Übungszeit geschafft (zählt für die Woche)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (not counted)</source>
        <translation>nicht abgeschlossen, {percent} % der Übungszeit geschafft (zählt nicht)</translation>
    </message>
    <message>
        <source>{count} session</source>
        <extracomment>How each language groups the thousands of a count (&quot;12,345&quot;, &quot;12.345&quot;).</extracomment>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <source>{count} check-in</source>
        <translation>{count} Schmerzabfrage</translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation>{count} Schmerzabfragen</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>give a pain rating (--pain 0-10), a warning sign (--sign), or both</source>
        <translation>geben Sie einen Schmerzwert (--pain 0-10), ein Warnzeichen (--sign) oder beides an</translation>
    </message>
    <message>
        <source>This check-in could not be kept: the history file could not be used.</source>
        <translation>Diese Schmerzabfrage konnte nicht gespeichert werden: Die Verlaufsdatei war nicht nutzbar.</translation>
    </message>
    <message>
        <source>Check-in recorded: {check_in}.</source>
        <translation>Schmerzabfrage gespeichert: {check_in}.</translation>
    </message>
    <message>
        <source>No advice: the check-ins could not be read. Try again later.</source>
        <translation>Kein Rat: Die Schmerzabfragen konnten nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>--pain: must be a whole number from 0 to 10, not “{given}”</source>
        <translation>--pain: muss eine ganze Zahl von 0 bis 10 sein, nicht „{given}“</translation>
    </message>
    <message>
        <source>--pain: must be a whole number from 0 to 10, not {given}</source>
        <translation>--pain: muss eine ganze Zahl von 0 bis 10 sein, nicht {given}</translation>
    </message>
    <message>
        <source>--sign: “{given}” is not a warning sign; use one of {known}</source>
        <translation>--sign: „{given}“ ist kein Warnzeichen; möglich sind {known}</translation>
    </message>
    <message>
        <source>--when: “{given}” is not a date and time in ISO 8601, e.g. 2026-03-30T18:30</source>
        <translation>--when: „{given}“ ist kein Datum mit Uhrzeit in ISO 8601, z. B. 2026-03-30T18:30</translation>
    </message>
    <message>
        <source>--when: {given} is in the future</source>
        <translation>--when: {given} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>no rating; warning signs: {signs}</source>
        <translation>kein Schmerzwert; Warnzeichen: {signs}</translation>
    </message>
    <message>
        <source>no rating; no warning signs</source>
        <translation>kein Schmerzwert; keine Warnzeichen</translation>
    </message>
    <message>
        <source>pain {rating} out of 10; warning signs: {signs}</source>
        <translation>Schmerz {rating} von 10; Warnzeichen: {signs}</translation>
    </message>
    <message>
        <source>pain {rating} out of 10; no warning signs</source>
        <translation>Schmerz {rating} von 10; keine Warnzeichen</translation>
    </message>
</context>
<context>
    <name>commands.routines</name>
    <message>
        <source>built-in</source>
        <extracomment>Where a routine came from, as `list` says it (its JSON keeps the machine names).</extracomment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>my routines</source>
        <translation>meine Programme</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>{count} routine file could not be loaded:</source>
        <translation>{count} Programmdatei konnte nicht geladen werden:</translation>
    </message>
    <message>
        <source>{count} routine files could not be loaded:</source>
        <translation>{count} Programmdateien konnten nicht geladen werden:</translation>
    </message>
    <message>
        <source>Rendering cues: {done}/{total}</source>
        <translation>Ansagen werden erzeugt: {done}/{total}</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation>Keine Stimme: {reason}</translation>
    </message>
    <message>
        <source>{path}: no space left on device</source>
        <translation>{path}: kein Speicherplatz mehr frei</translation>
    </message>
    <message>
        <source>{path}: cannot write the cue files: {reason}</source>
        <translation>{path}: die Ansagedateien können nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{count} cues of “{title}” ({seconds} s of speech) in {folder}; see {manifest}</source>
        <translation>{count} Ansagen von „{title}“ ({seconds} s Sprache) in {folder}; siehe {manifest}</translation>
    </message>
</context>
<context>
    <name>commands.run</name>
    <message>
        <source>Before you start: how does your ankle feel?</source>
        <extracomment>Exit status after Ctrl-C at a question, as after Ctrl-C in the session (128 + SIGINT).</extracomment>
        <translation>Vor dem Start: Wie fühlt sich Ihr Sprunggelenk an?</translation>
    </message>
    <message>
        <source>After the session: how does your ankle feel?</source>
        <translation>Nach der Einheit: Wie fühlt sich Ihr Sprunggelenk an?</translation>
    </message>
    <message>
        <source>How does your ankle feel?</source>
        <translation>Wie fühlt sich Ihr Sprunggelenk an?</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (the worst), or Enter to skip: </source>
        <translation>Schmerz von 0 (kein Schmerz) bis 10 (der schlimmste), oder Eingabetaste zum Überspringen: </translation>
    </message>
    <message>
        <source>Warning signs: their numbers (e.g. 1 3), or Enter for none: </source>
        <translation>Warnzeichen: ihre Nummern (z. B. 1 3), oder Eingabetaste für keine: </translation>
    </message>
    <message>
        <source>y yes</source>
        <extracomment>The answers yes_or_no takes, in English always and in the language in use.</extracomment>
        <translation>j ja</translation>
    </message>
    <message>
        <source>n no</source>
        <translation>n nein</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>Logged in your history: {session}</source>
        <translation>Im Verlauf gespeichert: {session}</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (counts toward this week)</source>
        <translation>abgeschlossen, {percent} % der Übungszeit geschafft (zählt für diese Woche)</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (less than half: not counted toward the week or the streak)</source>
        <translation>abgeschlossen, {percent} % der Übungszeit geschafft (weniger als die Hälfte: zählt weder für die Woche noch für die Serie)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (counts toward this week)</source>
        <translation>abgebrochen nach {percent} % der Übungszeit (zählt für diese Woche)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (less than half: not counted toward the week or the streak)</source>
        <translation>abgebrochen nach {percent} % der Übungszeit (weniger als die Hälfte: zählt weder für die Woche noch für die Serie)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (counts toward this week)</source>
        <translation>nicht abgeschlossen, {percent} % der Übungszeit geschafft (zählt für diese Woche)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (less than half: not counted toward the week or the streak)</source>
        <translation>nicht abgeschlossen, {percent} % der Übungszeit geschafft (weniger als die Hälfte: zählt weder für die Woche noch für die Serie)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>{outcome}; completed: {exercises}.</source>
        <translation>{outcome}; erledigte Übungen: {exercises}.</translation>
    </message>
    <message>
        <source>{outcome}; no exercise completed.</source>
        <translation>{outcome}; keine Übung geschafft.</translation>
    </message>
    <message>
        <source>Check-in recorded: {check_in}.</source>
        <translation>Schmerzabfrage gespeichert: {check_in}.</translation>
    </message>
    <message>
        <source>Please answer y or n.</source>
        <translation>Bitte mit j oder n antworten.</translation>
    </message>
    <message>
        <source>{question} (--no-check-in skips this)</source>
        <translation>{question} (--no-check-in überspringt diese Frage)</translation>
    </message>
    <message>
        <source>Any warning signs?</source>
        <translation>Gibt es Warnzeichen?</translation>
    </message>
    <message>
        <source>No check-in this time.</source>
        <translation>Diesmal keine Schmerzabfrage.</translation>
    </message>
    <message>
        <source>“{answer}” is not a whole number from 0 to 10.</source>
        <translation>„{answer}“ ist keine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>“{answer}”: type the numbers 1 to {last} only.</source>
        <translation>„{answer}“: bitte nur die Zahlen 1 bis {last} eingeben.</translation>
    </message>
    <message>
        <source>Ankle Coach advises against exercising the ankle until a clinician has seen it. Start the routine anyway? [y/N] </source>
        <translation>Ankle Coach rät davon ab, das Sprunggelenk zu trainieren, bevor es ärztlich abgeklärt ist. Das Programm trotzdem starten? [j/N] </translation>
    </message>
    <message>
        <source>Start the routine? [Y/n] </source>
        <translation>Das Programm starten? [J/n] </translation>
    </message>
    <message>
        <source>This session could not be written to the history: {reason}</source>
        <translation>Diese Einheit konnte nicht im Verlauf gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>commands.schedule</name>
    <message>
        <source>the weekly plan was not saved: {reason}</source>
        <extracomment>Exit status for input the command refuses (as argparse uses for a bad option). How the command line names each field of a reminder in its one-line errors.</extracomment>
        <translation>der Wochenplan wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{routine} is already planned at that time (reminder {id}: {reminder})</source>
        <translation>{routine} ist zu dieser Zeit schon geplant (Erinnerung {id}: {reminder})</translation>
    </message>
    <message>
        <source>Added reminder {id}: {title}, {reminder}. Next: {when} ({iso}).</source>
        <translation>Erinnerung {id} hinzugefügt: {title}, {reminder}. Nächste: {when} ({iso}).</translation>
    </message>
    <message>
        <source>Added reminder {id}: {title}, {reminder}. Next: none.</source>
        <translation>Erinnerung {id} hinzugefügt: {title}, {reminder}. Nächste: keine.</translation>
    </message>
    <message>
        <source>No reminders yet. Add one with: {example}</source>
        <translation>Noch keine Erinnerungen. Eine hinzufügen mit: {example}</translation>
    </message>
    <message>
        <source>{routine} (not in your library)</source>
        <translation>{routine} (nicht in Ihrer Bibliothek)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>PROGRAMM</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>UM</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>NÄCHSTE</translation>
    </message>
    <message>
        <source>Times are local ({zone}).</source>
        <translation>Uhrzeiten in Ortszeit ({zone}).</translation>
    </message>
    <message>
        <source>No reminder is coming: the weekly plan is empty.</source>
        <translation>Keine Erinnerung steht an: Der Wochenplan ist leer.</translation>
    </message>
    <message>
        <source>No reminder is coming: every reminder is off.</source>
        <translation>Keine Erinnerung steht an: Alle Erinnerungen sind aus.</translation>
    </message>
    <message>
        <source>No reminder is coming: every reminder has ended.</source>
        <translation>Keine Erinnerung steht an: Alle Erinnerungen sind abgelaufen.</translation>
    </message>
    <message>
        <source>No reminder is coming: no reminder that is on has a planned day left before its end.</source>
        <translation>Keine Erinnerung steht an: Keine eingeschaltete Erinnerung hat vor ihrem Ende noch einen geplanten Tag.</translation>
    </message>
    <message>
        <source>{routine} (not found)</source>
        <translation>{routine} (nicht gefunden)</translation>
    </message>
    <message>
        <source>{iso}  {title}, {when} (reminder {id}: {reminder})</source>
        <translation>{iso}  {title}, {when} (Erinnerung {id}: {reminder})</translation>
    </message>
    <message>
        <source>Removed reminder {id}: {routine}, {reminder}.</source>
        <translation>Erinnerung {id} entfernt: {routine}, {reminder}.</translation>
    </message>
    <message>
        <source>Reminder {id} ({routine}, {reminder}) is on; next {next}.</source>
        <translation>Erinnerung {id} ({routine}, {reminder}) ist an; nächste: {next}.</translation>
    </message>
    <message>
        <source>Reminder {id} ({routine}, {reminder}) is off.</source>
        <translation>Erinnerung {id} ({routine}, {reminder}) ist aus.</translation>
    </message>
    <message>
        <source>“{given}” is not a reminder id; see `ankle-coach schedule list`</source>
        <translation>„{given}“ ist keine Erinnerungs-ID; siehe `ankle-coach schedule list`</translation>
    </message>
    <message>
        <source>“{routine}” is a file; reminders are for routines in your library: add it with `ankle-coach import FILE`, then use its id</source>
        <translation>„{routine}“ ist eine Datei; Erinnerungen gibt es nur für Programme in Ihrer Bibliothek: mit `ankle-coach import FILE` hinzufügen, dann seine ID verwenden</translation>
    </message>
    <message>
        <source>“{routine}” cannot be loaded; `ankle-coach list` says why</source>
        <translation>„{routine}“ kann nicht geladen werden; `ankle-coach list` sagt, warum</translation>
    </message>
    <message>
        <source>no routine has the id “{routine}” (ids: {known})</source>
        <translation>kein Programm hat die ID „{routine}“ (IDs: {known})</translation>
    </message>
    <message>
        <source>no routine has the id “{routine}” (there are none)</source>
        <translation>kein Programm hat die ID „{routine}“ (es gibt keine)</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>abgelaufen am {date}</translation>
    </message>
    <message>
        <source>none left, ends on {date}</source>
        <translation>keine mehr, endet am {date}</translation>
    </message>
    <message>
        <source>{when}, until {date}</source>
        <translation>{when}, bis {date}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
</context>
<context>
    <name>commands.sharing</name>
    <message>
        <source>{path}: cannot import the routine into My routines: {reason}</source>
        <translation>{path}: das Programm kann nicht in „Meine Programme“ importiert werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: My routines already has “{id}” ({where}); nothing was changed. Use --replace to replace it, or --keep-both to keep both (the new one as “{new_id}”).</source>
        <translation>{path}: „Meine Programme“ enthält bereits „{id}“ ({where}); nichts wurde geändert. Mit --replace ersetzen oder mit --keep-both beide behalten (das neue als „{new_id}“).</translation>
    </message>
    <message>
        <source>Imported into My routines as {id}: {path} (it replaced the one there before)</source>
        <translation>In „Meine Programme“ importiert als {id}: {path} (ersetzt das bisherige)</translation>
    </message>
    <message>
        <source>Imported into My routines as {id}: {path}</source>
        <translation>In „Meine Programme“ importiert als {id}: {path}</translation>
    </message>
    <message>
        <source>--days and --at change a plan to accept, not decline</source>
        <translation>--days und --at ändern einen Plan, der übernommen wird, nicht einen abgelehnten</translation>
    </message>
    <message>
        <source>Suggested schedule: {schedule}.</source>
        <translation>Vorgeschlagener Zeitplan: {schedule}.</translation>
    </message>
    <message>
        <source>Not added to your weekly plan. To add it: {command} (or import with --plan accept, which also ends it after its weeks)</source>
        <translation>Nicht in Ihren Wochenplan übernommen. Zum Übernehmen: {command} (oder mit --plan accept importieren; dann endet er auch nach seinen Wochen)</translation>
    </message>
    <message>
        <source>Not added to your weekly plan.</source>
        <translation>Nicht in Ihren Wochenplan übernommen.</translation>
    </message>
    <message>
        <source>The weekly plan could not be saved: {reason}</source>
        <translation>Der Wochenplan konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Added to your weekly plan (reminder {id}): {reminder}, until {date}.</source>
        <translation>In Ihren Wochenplan übernommen (Erinnerung {id}): {reminder}, bis {date}.</translation>
    </message>
    <message>
        <source>Added to your weekly plan (reminder {id}): {reminder}.</source>
        <translation>In Ihren Wochenplan übernommen (Erinnerung {id}): {reminder}.</translation>
    </message>
    <message>
        <source>{path}: cannot read the routine: {reason}</source>
        <translation>{path}: das Programm kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write the routine package: {reason}</source>
        <translation>{path}: das Programmpaket kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}: one file to send as it is.</source>
        <translation>„{title}“ exportiert nach {path}: eine Datei, die Sie so verschicken können.</translation>
    </message>
</context>
<context>
    <name>core.autostart</name>
    <message>
        <source>Reminders of your weekly plan of stretches</source>
        <extracomment>The argument that starts the app in the tray, without its window (as at login). A line every entry we write carries, so we never remove a file someone else put there. Characters that make an Exec argument need quoting (Desktop Entry spec, &quot;The Exec key&quot;). The entry&apos;s comment, which a desktop shows in its list of programs started at login.</extracomment>
        <translation>Erinnerungen an Ihren Wochenplan für Dehnübungen</translation>
    </message>
</context>
<context>
    <name>core.cues</name>
    <message>
        <source>Go.</source>
        <extracomment>Silence kept between the end of one cue and the start of the next. The voice&apos;s default rate in words per minute (speech/voice.py); a calm pace for the floor. Words and numbers: letters of any alphabet (&quot;Übung&quot;, &quot;repetición&quot;), or digits. Each language&apos;s fit for cues of more than one word. English: every built-in cue at 150, 170 and 200 wpm; the fit&apos;s worst case was 19 % over it. German and Spanish: every cue of the 7 built-ins, as shipped and with their exercises&apos; words in the language, at 120 to 260 wpm (benchmarks/cue_length_fit.py, figures in benchmarks/RESULTS.md). A fit of its own for a cue of one word (a count, &quot;Los.&quot;, &quot;¡Ya!&quot;), where it matters most: &quot;3, 2, 1&quot; are said a second apart, and a count within its rep. The line through the long cues says too much for them (&quot;uno&quot; at 120 wpm would not fit its second). English keeps the one model it was fitted with.</extracomment>
        <translation>Los.</translation>
    </message>
    <message>
        <source>Get ready.</source>
        <translation>Bereit machen.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>1 rep.</source>
        <translation>Eine Wiederholung.</translation>
    </message>
    <message>
        <source>{reps} reps.</source>
        <translation>{reps} Wiederholungen.</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>eine Wiederholung</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} Wiederholungen</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Programm beendet. Gut gemacht!</translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <source>Set {number} of {sets}.</source>
        <translation>Satz {number} von {sets}.</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>eine Sekunde</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} Sekunden</translation>
    </message>
    <message>
        <source>hold for {time}</source>
        <translation>{time} halten</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>im eigenen Tempo</translation>
    </message>
    <message>
        <source>{sets} sets of 1 rep</source>
        <translation>{sets} Sätze mit je einer Wiederholung</translation>
    </message>
    <message>
        <source>{sets} sets of {reps} reps</source>
        <translation>{sets} Sätze mit je {reps} Wiederholungen</translation>
    </message>
    <message>
        <source>{what}, {sets} times</source>
        <translation>{what}, {sets}-mal</translation>
    </message>
    <message>
        <source>each direction</source>
        <translation>in jede Richtung</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>auf jeder Seite</translation>
    </message>
    <message>
        <source>Hold for {time}.</source>
        <translation>Jetzt {time} halten.</translation>
    </message>
    <message>
        <source>Go for {time}.</source>
        <translation>Los, {time} lang.</translation>
    </message>
    <message>
        <source>Press Done when you have finished.</source>
        <translation>Wenn Sie fertig sind, auf „Fertig“ drücken.</translation>
    </message>
    <message>
        <source>Stop if it hurts.</source>
        <translation>Bei Schmerzen abbrechen.</translation>
    </message>
    <message>
        <source>Get ready. First: {name}, {overview}.</source>
        <extracomment>The caution in English (the source of `stop_if_it_hurts`).</extracomment>
        <translation>Bereit machen. Zuerst: {name}, {overview}.</translation>
    </message>
    <message>
        <source>Get ready. First: {name}.</source>
        <translation>Bereit machen. Zuerst: {name}.</translation>
    </message>
    <message>
        <source>Rest. Next: {name}, {overview}.</source>
        <translation>Pause. Als Nächstes: {name}, {overview}.</translation>
    </message>
    <message>
        <source>Rest. Next: {name}.</source>
        <translation>Pause. Als Nächstes: {name}.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {sets}, left side.</source>
        <translation>Pause. Als Nächstes: Satz {number} von {sets}, linke Seite.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {sets}, right side.</source>
        <translation>Pause. Als Nächstes: Satz {number} von {sets}, rechte Seite.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {sets}.</source>
        <translation>Pause. Als Nächstes: Satz {number} von {sets}.</translation>
    </message>
    <message>
        <source>Now the left.</source>
        <translation>Jetzt links.</translation>
    </message>
    <message>
        <source>Now the right.</source>
        <translation>Jetzt rechts.</translation>
    </message>
    <message>
        <source>The other way.</source>
        <translation>Andersherum.</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Zur linken Seite wechseln.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Zur rechten Seite wechseln.</translation>
    </message>
    <message>
        <source>Switch to {direction}.</source>
        <translation>Jetzt {direction}.</translation>
    </message>
    <message>
        <source>Switch.</source>
        <translation>Wechseln.</translation>
    </message>
</context>
<context>
    <name>core.decoding</name>
    <message>
        <source>a whole number</source>
        <extracomment>msgspec&apos;s messages, as in &quot;Expected `int` &gt;= 1 - at `$.exercises[0].sets`&quot;. The longest unknown field name a problem repeats whole (a hostile file&apos;s megabyte key is cut). msgspec&apos;s type names in a file author&apos;s words, when a field has no words of its own (shown with `i18n.translate(&quot;core.decoding&quot;, words)`).</extracomment>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a quote, or a list of quotes</source>
        <translation>ein Text in Anführungszeichen oder eine Liste davon</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>the file cannot be read: line {line} has a key of more than {parts} dotted parts</source>
        <extracomment>tomllib&apos;s time grows with the square of a key&apos;s dotted parts (`a.b.c = 1`, and the same in table headers and inline tables): 25 s for one key of 40,000 parts, an hour for one that fills a 1 MiB file. No file the app reads needs more than a few parts. A key part: bare, or quoted and at most 128 characters long, so that the search stays linear (a longer quoted part is not counted: 1 MiB of them makes a key tomllib reads in under 1 s). MAX_KEY_PARTS dots, each followed by a part: a key of more parts than that. Starting at a dot lets the search skip to the dots, about a microsecond for a routine file.</extracomment>
        <translation>die Datei kann nicht gelesen werden: Zeile {line} hat einen Schlüssel aus mehr als {parts} durch Punkte getrennten Teilen</translation>
    </message>
    <message>
        <source>this is not valid TOML: {what}</source>
        <translation>das ist kein gültiges TOML: {what}</translation>
    </message>
    <message>
        <source>this is not valid TOML: line {line}, column {column}: {what}</source>
        <translation>das ist kein gültiges TOML: Zeile {line}, Spalte {column}: {what}</translation>
    </message>
    <message>
        <source>nan (not a number)</source>
        <translation>nan (keine Zahl)</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <source>minus infinity</source>
        <translation>minus unendlich</translation>
    </message>
    <message>
        <source>a negative number of over 300 digits</source>
        <translation>eine negative Zahl mit über 300 Stellen</translation>
    </message>
    <message>
        <source>a number of over 300 digits</source>
        <translation>eine Zahl mit über 300 Stellen</translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation>der Text „{text}“</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>ein {type}</translation>
    </message>
    <message>
        <source>is not a field of {kind}; did you mean &quot;{close}&quot;? (known fields: {fields})</source>
        <translation>ist kein Feld {kind}; meinten Sie „{close}“? (bekannte Felder: {fields})</translation>
    </message>
    <message>
        <source>is not a field of {kind} (known fields: {fields})</source>
        <translation>ist kein Feld {kind} (bekannte Felder: {fields})</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>must be {kind}, not {value}</source>
        <translation>muss {kind} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is too long: at most {limit} {unit}</source>
        <translation>ist zu lang: höchstens {limit} {unit}</translation>
    </message>
    <message>
        <source>is too long: at most {limit} characters</source>
        <translation>ist zu lang: höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>is too long: at most {limit} items</source>
        <translation>ist zu lang: höchstens {limit} Einträge</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>muss {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}, not {value}</source>
        <translation>muss zwischen {low} und {high} {unit} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least {bound} {unit}, not {value}</source>
        <translation>muss mindestens {bound} {unit} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least {bound}, not {value}</source>
        <translation>muss mindestens {bound} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {bound} {unit}, not {value}</source>
        <translation>darf höchstens {bound} {unit} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {bound}, not {value}</source>
        <translation>darf höchstens {bound} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>eines von {choices}</translation>
    </message>
</context>
<context>
    <name>core.editor_form</name>
    <message>
        <source>Hold for a time</source>
        <extracomment>The choices&apos; names (shown with `translate(&quot;core.editor_form&quot;, name)`).</extracomment>
        <translation>Halten (auf Zeit)</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>For a time (moving)</source>
        <translation>Auf Zeit (in Bewegung)</translation>
    </message>
    <message>
        <source>At own pace (waits for Done)</source>
        <translation>Im eigenen Tempo (wartet auf „Fertig“)</translation>
    </message>
    <message>
        <source>Not sided</source>
        <translation>Ohne Seiten</translation>
    </message>
    <message>
        <source>Each side (left, then right)</source>
        <translation>Jede Seite (erst links, dann rechts)</translation>
    </message>
    <message>
        <source>Each side (right, then left)</source>
        <translation>Jede Seite (erst rechts, dann links)</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Clockwise, then counter-clockwise</source>
        <translation>Im Uhrzeigersinn, dann gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>The path a routine not saved yet is named by in its problems (the editor shows their labels). A file chosen from the disk, copied next to the routine (as `image`) when it is saved. Its texts in other languages, as the file holds them (core/routine_translations.py). The title and summary in other languages, as the file holds them. What the editor calls each field of a routine file, for its Problems list (shown with `translate(&quot;core.editor_form&quot;, label)`).</extracomment>
        <translation>Format</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Custom cue</source>
        <translation>Eigener Hinweis</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Wechselzeit</translation>
    </message>
    <message>
        <source>{label} ({language})</source>
        <translation>{label} ({language})</translation>
    </message>
    <message>
        <source>Exercise {number}, {label}</source>
        <translation>Übung {number}, {label}</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <extracomment>A translation&apos;s field: `translations.de.title`, `exercises[0].translations.de.cue`. The routine&apos;s and an exercise&apos;s inputs that hold text a file may translate.</extracomment>
        <translation>Übung {number}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source> (my version)</source>
        <extracomment>Added to a copy&apos;s title: the library lists the copy and the routine it came from apart. The file&apos;s English title gets the English mark; each translated title its language&apos;s.</extracomment>
        <translation> (meine Version)</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Edited from the built-in routine “{title}”.</source>
        <translation>Bearbeitet aus dem mitgelieferten Programm „{title}“.</translation>
    </message>
</context>
<context>
    <name>core.guidance</name>
    <message>
        <source>The article says there&apos;s no guarantee these stretches will get rid of your symptoms, but they do help a lot of people with ankle discomfort.</source>
        <extracomment>The `source` of an item that is Ankle Coach&apos;s own advice rather than the article&apos;s. The article every statement comes from, as the handout and the About box name it. Shown with the routines: the article&apos;s own expectation, so nobody reads a routine as a cure. Shown as `translate(&quot;core.guidance&quot;, EXPECTATION)`.</extracomment>
        <translation>Laut dem Artikel gibt es keine Garantie, dass diese Dehnübungen die Beschwerden beseitigen – vielen Menschen mit Sprunggelenkbeschwerden helfen sie aber.</translation>
    </message>
    <message>
        <source>Ankle Coach does not replace a clinician. This is general advice from one article, not a diagnosis. If your ankle worries you, see a doctor.</source>
        <extracomment>Shown wherever a routine is (overview, handout, `ankle-coach run`), even with the sidebar hidden; the same words as the disclaimer section&apos;s title and text (in every language: a test holds the translations to that). Shown as `translate(&quot;core.guidance&quot;, DISCLAIMER)`.</extracomment>
        <translation>Ankle Coach ersetzt keine ärztliche oder physiotherapeutische Behandlung. Dies sind allgemeine Hinweise aus einem einzigen Artikel, keine Diagnose. Wenn Ihnen Ihr Sprunggelenk Sorgen macht, lassen Sie es ärztlich abklären.</translation>
    </message>
    <message>
        <source>the guidance folder is missing</source>
        <extracomment>The languages a guidance file translates into (English is the file&apos;s own text). A translation may run longer than the English (German by about a third). The sections a cause (or the rest of the app) can point to, in the order they are shown. Short on purpose: a sidebar paragraph, not a wall of text. A translation: language -&gt; field -&gt; text, checked by `_translations` (not by msgspec, so each problem can say what a translation may hold). The old name, kept until ui/handout/sheet.py imports GuidanceItem (core.triage has its own Advice: the check-in&apos;s verdict). The language the titles, headings, texts and notes are in (`source` is always English). The files of the guidance folder and what each holds.</extracomment>
        <translation>der Ordner mit den Hinweisen fehlt</translation>
    </message>
    <message>
        <source>is not a guidance section; expected {expected}</source>
        <translation>ist kein Abschnitt der Hinweise; erwartet: {expected}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>is larger than 256 KiB; not read</source>
        <translation>ist größer als 256 KiB; nicht gelesen</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8</source>
        <translation>ist kein UTF-8-Text; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <source>must be a list of [[{key}]] tables</source>
        <translation>muss eine Liste von [[{key}]]-Tabellen sein</translation>
    </message>
    <message>
        <source>must be a [[{key}]] table</source>
        <translation>muss eine [[{key}]]-Tabelle sein</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>the section is empty; add at least one [[{key}]]</source>
        <translation>der Abschnitt ist leer; mindestens ein [[{key}]] hinzufügen</translation>
    </message>
    <message>
        <source>is missing; a guidance file starts with `format = {format}`</source>
        <translation>fehlt; eine Hinweisdatei beginnt mit `format = {format}`</translation>
    </message>
    <message>
        <source>must be the whole number {format}, not {value}</source>
        <translation>muss die ganze Zahl {format} sein, nicht {value}</translation>
    </message>
    <message>
        <source>this file is format {value}, but this version of Ankle Coach reads format {format} only</source>
        <translation>diese Datei hat Format {value}, aber diese Version von Ankle Coach liest nur Format {format}</translation>
    </message>
    <message>
        <source>&quot;{app}&quot; stands alone: write source = &quot;{app}&quot;, not inside a list</source>
        <translation>„{app}“ steht allein: source = &quot;{app}&quot; schreiben, nicht in einer Liste</translation>
    </message>
    <message>
        <source>is missing; an item with source = &quot;{app}&quot; needs a note telling the user it is Ankle Coach&apos;s own advice</source>
        <translation>fehlt; ein Eintrag mit source = &quot;{app}&quot; braucht eine Anmerkung (note), die sagt, dass es ein eigener Rat von Ankle Coach ist</translation>
    </message>
    <message>
        <source>is missing; a cause needs its question</source>
        <translation>fehlt; eine Ursache braucht ihre Frage</translation>
    </message>
    <message>
        <source>gives both routine and section; give exactly one</source>
        <translation>nennt routine und section; genau eines davon angeben</translation>
    </message>
    <message>
        <source>gives neither routine nor section; give exactly one</source>
        <translation>nennt weder routine noch section; genau eines davon angeben</translation>
    </message>
    <message>
        <source>is not translated: the trace to the article stays on the English text</source>
        <extracomment>The fields a translation may hold, and what has each one in English. Fields that are never translated, and why.</extracomment>
        <translation>wird nicht übersetzt: der Bezug auf den Artikel bleibt beim englischen Text</translation>
    </message>
    <message>
        <source>is not translated: a routine id is the same in every language</source>
        <translation>wird nicht übersetzt: die ID eines Programms ist in jeder Sprache gleich</translation>
    </message>
    <message>
        <source>is not translated: a section name is the same in every language</source>
        <translation>wird nicht übersetzt: der Name eines Abschnitts ist in jeder Sprache gleich</translation>
    </message>
    <message>
        <source>is not translated: the format is the file&apos;s, not a language&apos;s</source>
        <translation>wird nicht übersetzt: das Format gehört zur Datei, nicht zu einer Sprache</translation>
    </message>
    <message>
        <source>must be a table of languages ({languages}), like [translations.de]; not {value}</source>
        <translation>muss eine Tabelle von Sprachen ({languages}) sein, etwa [translations.de]; nicht {value}</translation>
    </message>
    <message>
        <source>English is the text itself; translate into {languages}</source>
        <translation>Englisch ist der Text selbst; übersetzen in {languages}</translation>
    </message>
    <message>
        <source>is not a language Ankle Coach speaks; translations are in {languages}</source>
        <translation>ist keine Sprache, die Ankle Coach spricht; Übersetzungen gibt es in {languages}</translation>
    </message>
    <message>
        <source>must be a table of translated texts, not {value}</source>
        <translation>muss eine Tabelle übersetzter Texte sein, nicht {value}</translation>
    </message>
    <message>
        <source>is not a field of a translation (known fields: {fields})</source>
        <translation>ist kein Feld einer Übersetzung (bekannte Felder: {fields})</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>translates a {field} that the English does not have; give the English {field} first, or remove this one</source>
        <translation>übersetzt ein Feld „{field}“, das der englische Text nicht hat; zuerst das englische Feld „{field}“ angeben oder diese Übersetzung entfernen</translation>
    </message>
    <message>
        <source>is {length} characters long; a translation has at most {limit}</source>
        <translation>ist {length} Zeichen lang; eine Übersetzung hat höchstens {limit}</translation>
    </message>
    <message>
        <source>a guidance item</source>
        <extracomment>What each kind of struct is called in a problem (&quot;is not a field of a cause&quot;).</extracomment>
        <translation>einer Empfehlung</translation>
    </message>
    <message>
        <source>a cause</source>
        <translation>einer Ursache</translation>
    </message>
    <message>
        <source>a guidance file</source>
        <translation>einer Hinweisdatei</translation>
    </message>
</context>
<context>
    <name>core.history.model</name>
    <message>
        <source>Swelling</source>
        <extracomment>The warning signs in English, marked for translation: show them as `translate(&quot;core.history.model&quot;, RED_FLAG_WORDS[flag])` (or `flag.words`).</extracomment>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>I can’t put weight on it</source>
        <translation>Ich kann den Fuß nicht belasten</translation>
    </message>
    <message>
        <source>Pain at rest or at night</source>
        <translation>Schmerzen in Ruhe oder nachts</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>A recent injury that has not healed</source>
        <translation>Eine frische Verletzung, die noch nicht verheilt ist</translation>
    </message>
</context>
<context>
    <name>core.history.names</name>
    <message>
        <source>{name} ({done} of {count} done)</source>
        <extracomment>An exercise partly done, as recorded: English on purpose (machine-readable, see above).</extracomment>
        <translation>{name} ({done} von {count} erledigt)</translation>
    </message>
</context>
<context>
    <name>core.history.schema</name>
    <message>
        <source>it is a folder, not a file</source>
        <extracomment>The version `open` brings every file up to; `MIGRATIONS` holds each step. How long a write waits for another window or process to finish its own before giving up. How long a write waits once the file is known to be locked or read-only: a session is going on in the window, which must not stall at every retry. Version 1, the first release&apos;s log, kept to test the upgrade: no titles, no progress, pain ratings only after a session and always rated, no warning signs. MIGRATIONS[n] turns a version n file into a version n + 1 one (inside one transaction).</extracomment>
        <translation>dort liegt ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>its folder could not be made ({error})</source>
        <translation>ihr Ordner konnte nicht angelegt werden ({error})</translation>
    </message>
    <message>
        <source>it is not a history file</source>
        <translation>sie ist keine Verlaufsdatei</translation>
    </message>
    <message>
        <source>it must be upgraded before it can be shown</source>
        <translation>sie muss erst aktualisiert werden, bevor sie angezeigt werden kann</translation>
    </message>
    <message>
        <source>it was written by a newer version of Ankle Coach (history version {version}; this version reads up to {known})</source>
        <translation>sie wurde von einer neueren Version von Ankle Coach geschrieben (Verlaufsversion {version}; diese Version liest bis {known})</translation>
    </message>
    <message>
        <source>it is a database, but not an Ankle Coach history</source>
        <translation>sie ist eine Datenbank, aber kein Verlauf von Ankle Coach</translation>
    </message>
    <message>
        <source>its history version {version} could not be upgraded ({error})</source>
        <translation>ihre Verlaufsversion {version} konnte nicht aktualisiert werden ({error})</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>sie ist keine Datenbank</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>another program has kept it locked for 1 second</source>
        <translation>ein anderes Programm hält sie seit 1 Sekunde gesperrt</translation>
    </message>
    <message>
        <source>another program has kept it locked for {seconds} seconds</source>
        <translation>ein anderes Programm hält sie seit {seconds} Sekunden gesperrt</translation>
    </message>
    <message>
        <source>another program has it locked</source>
        <translation>ein anderes Programm hält sie gesperrt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>it or its folder is read-only</source>
        <translation>sie oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>it could not be opened (check that you may read and write it and its folder)</source>
        <translation>sie konnte nicht geöffnet werden (prüfen Sie, ob Sie sie und ihren Ordner lesen und beschreiben dürfen)</translation>
    </message>
    <message>
        <source>the disk could not be read or written ({error})</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden ({error})</translation>
    </message>
    <message>
        <source>it could not be opened ({error})</source>
        <translation>sie konnte nicht geöffnet werden ({error})</translation>
    </message>
    <message>
        <source>History not recorded this time: the history file {path} cannot be written now ({reason}). It was left as it is; Ankle Coach tries again at each save.</source>
        <translation>Verlauf diesmal nicht gespeichert: In die Verlaufsdatei {path} kann gerade nicht geschrieben werden ({reason}). Sie wurde nicht verändert; Ankle Coach versucht es bei jedem Speichern erneut.</translation>
    </message>
</context>
<context>
    <name>core.history.stats</name>
    <message>
        <source>A session counts toward the week and the streak when at least half of its work was done.</source>
        <extracomment>The rule in the words the History page and the README use (shown through `translate(&quot;core.history.stats&quot;, COUNTS_WORDS)`).</extracomment>
        <translation>Eine Einheit zählt für die Woche und die Serie (Tage in Folge), wenn mindestens die Hälfte ihrer Übungszeit geschafft wurde.</translation>
    </message>
</context>
<context>
    <name>core.history.store</name>
    <message>
        <source>The history file {path} could not be made: {reason}. This session&apos;s history will not be kept.</source>
        <extracomment>Why the file cannot be written now (None: it can); every write first tries it again. False: the file could not even be read, and an empty stand-in is shown instead.</extracomment>
        <translation>Die Verlaufsdatei {path} konnte nicht angelegt werden: {reason}. Der Verlauf dieser Einheit wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history file {path} could not be used: {reason}. It was moved to {aside}, but a new one could not be started either ({error}). This session&apos;s history will not be kept.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht verwendet werden: {reason}. Sie wurde nach {aside} verschoben, aber auch eine neue konnte nicht angelegt werden ({error}). Der Verlauf dieser Einheit wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history file {path} could not be used: {reason}. It was moved to {aside}, and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht verwendet werden: {reason}. Sie wurde nach {aside} verschoben, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history file {path} could not be used: {reason}. It could not be moved aside either ({problem}), so it was left as it is, and this session&apos;s history will not be kept.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht verwendet werden: {reason}. Sie konnte auch nicht beiseitegelegt werden ({problem}), wurde daher nicht verändert, und der Verlauf dieser Einheit wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be used now: {reason}. It was left as it is, nothing in it was changed, and your history cannot be shown. History not recorded this time: Ankle Coach tries again at each save.</source>
        <translation>Die Verlaufsdatei {path} kann gerade nicht verwendet werden: {reason}. Sie wurde nicht verändert, und Ihr Verlauf kann nicht angezeigt werden. Verlauf diesmal nicht gespeichert: Ankle Coach versucht es bei jedem Speichern erneut.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be written now: {reason}. It was left as it is, and your history is shown as it is. History not recorded this time: Ankle Coach tries again at each save.</source>
        <translation>In die Verlaufsdatei {path} kann gerade nicht geschrieben werden: {reason}. Sie wurde nicht verändert, und Ihr Verlauf wird so angezeigt, wie er ist. Verlauf diesmal nicht gespeichert: Ankle Coach versucht es bei jedem Speichern erneut.</translation>
    </message>
    <message>
        <source>The history could not be saved: {error}</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>The history could not be read: {error}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>core.ice_timer</name>
    <message>
        <source>{minutes} minute</source>
        <extracomment>The article recommends icing for at least 20 minutes; the timer counts exactly that.</extracomment>
        <translation>{minutes} Minute</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <source>{seconds} second</source>
        <translation>{seconds} Sekunde</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} Sekunden</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} und {seconds}</translation>
    </message>
    <message>
        <source>{length}. Take the ice off.</source>
        <translation>{length}. Eis abnehmen.</translation>
    </message>
    <message>
        <source>{minutes} minute is up. Take the ice off.</source>
        <translation>{minutes} Minute ist um. Eis abnehmen.</translation>
    </message>
    <message>
        <source>{minutes} minutes are up. Take the ice off.</source>
        <translation>{minutes} Minuten sind um. Eis abnehmen.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s are up. Take the ice off.</source>
        <translation>{minutes} min {seconds} s sind um. Eis abnehmen.</translation>
    </message>
    <message>
        <source>{seconds} second is up. Take the ice off.</source>
        <translation>{seconds} Sekunde ist um. Eis abnehmen.</translation>
    </message>
    <message>
        <source>{seconds} seconds are up. Take the ice off.</source>
        <translation>{seconds} Sekunden sind um. Eis abnehmen.</translation>
    </message>
</context>
<context>
    <name>core.images</name>
    <message>
        <source>is {kind}, not an image file</source>
        <extracomment>Larger files are not drawn: an image is a small line drawing or photo, not an archive. A raster picture may decode to at most this many pixels (4000 x 3000: 46 MiB decoded). The most one side may be longer than the other: beyond it a picture is degenerate, not an illustration (svg_lengths.py bounds each side). Elements, each `&lt;use&gt;` counted as the elements it repeats (so nesting multiplies). Attributes of all elements: each is read as CSS for references out of the file. Characters of CSS (&lt;style&gt; elements and style attributes), which Qt parses slowly. How deep elements nest, and `&lt;use&gt;` within `&lt;use&gt;`. Elements drawn through a filter or a mask (each is drawn offscreen, then composited). Filter primitives (&lt;feGaussianBlur&gt;, &lt;feOffset&gt;, ...) in the whole document. A blur&apos;s stdDeviation, in the picture&apos;s units. Corners of every path, polyline, polygon and line: a stroke&apos;s cost grows with them (the richest built-in illustration has 1,200). Places a marker is drawn at (the vertices of every shape), when the picture has markers. Characters of text, each laid out and drawn as a glyph.</extracomment>
        <translation>ist {kind}, keine Bilddatei</translation>
    </message>
    <message>
        <source>is not a regular file, not an image file</source>
        <translation>ist keine reguläre Datei und keine Bilddatei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>is a symbolic link that leads back to itself</source>
        <translation>ist ein symbolischer Link, der auf sich selbst zurückführt</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>more than {size}</source>
        <translation>mehr als {size}</translation>
    </message>
    <message>
        <source>is {size}; an image may be at most {limit}</source>
        <translation>ist {size} groß; ein Bild darf höchstens {limit} groß sein</translation>
    </message>
    <message>
        <source>is not an .svg, .png or .jpg image</source>
        <extracomment>JPEG start-of-frame markers (they carry the size); C4, C8 and CC are other segments.</extracomment>
        <translation>ist kein Bild im Format .svg, .png oder .jpg</translation>
    </message>
    <message>
        <source>is not a PNG image inside</source>
        <translation>ist innen kein PNG-Bild</translation>
    </message>
    <message>
        <source>is a damaged PNG image: its pixels cannot be read</source>
        <translation>ist ein beschädigtes PNG-Bild: seine Pixel können nicht gelesen werden</translation>
    </message>
    <message>
        <source>is not a JPEG image inside</source>
        <translation>ist innen kein JPEG-Bild</translation>
    </message>
    <message>
        <source>is damaged: its header gives no size</source>
        <translation>ist beschädigt: der Dateikopf nennt keine Größe</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels; an image needs a width and a height above 0</source>
        <translation>hat {width} × {height} Pixel; ein Bild braucht eine Breite und eine Höhe über 0</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels; an image may have at most {millions} million pixels (4000 x 3000)</source>
        <translation>hat {width} × {height} Pixel; ein Bild darf höchstens {millions} Millionen Pixel haben (4000 × 3000)</translation>
    </message>
    <message>
        <source>is not an SVG image: it is not UTF-8 text</source>
        <extracomment>SVG elements that run code or pull in other documents; Qt ignores them, other viewers do not. A url() whose target is neither &quot;#id&quot; nor an embedded PNG or JPEG. CSS functions that fetch or show something other than this picture (any -vendor- prefix). An XML declaration of an encoding other than UTF-8, which Qt would read the file as.</extracomment>
        <translation>ist kein SVG-Bild: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>declares a DOCTYPE or entities, which an illustration may not</source>
        <translation>deklariert einen DOCTYPE oder Entitäten; eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>refers to a style sheet outside it, which an illustration may not</source>
        <translation>verweist auf ein externes Stylesheet; eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>is not a valid SVG image ({error})</source>
        <translation>ist kein gültiges SVG-Bild ({error})</translation>
    </message>
    <message>
        <source>is not an SVG image (it starts with &lt;{tag}&gt;, not &lt;svg&gt;)</source>
        <translation>ist kein SVG-Bild (beginnt mit &lt;{tag}&gt;, nicht mit &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>has {count} attributes; an illustration may have at most {limit}</source>
        <translation>hat {count} Attribute; eine Abbildung darf höchstens {limit} haben</translation>
    </message>
    <message>
        <source>has {count} characters of style sheets; an illustration may have at most {limit}</source>
        <translation>hat {count} Zeichen Stylesheet; eine Abbildung darf höchstens {limit} haben</translation>
    </message>
    <message>
        <source>nests elements more than {limit} deep; an illustration may not</source>
        <translation>verschachtelt Elemente mehr als {limit} Ebenen tief; eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>contains a &lt;{tag}&gt; element, which an illustration may not</source>
        <translation>enthält ein &lt;{tag}&gt;-Element; eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>has an event handler ({name}), which an illustration may not</source>
        <translation>hat einen Event-Handler ({name}); eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>sets xml:base, which an illustration may not</source>
        <translation>setzt xml:base; eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>imports a style sheet, which an illustration may not</source>
        <translation>importiert ein Stylesheet; eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>uses {function}(), which an illustration may not</source>
        <translation>verwendet {function}(); eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>refers to &quot;{target}&quot; outside it; an illustration may use only what is inside it</source>
        <translation>verweist auf „{target}“ außerhalb der Datei; eine Abbildung darf nur verwenden, was sie selbst enthält</translation>
    </message>
    <message>
        <source>has a viewBox that is not four numbers (&quot;{view_box}&quot;); it cannot be drawn</source>
        <translation>hat eine viewBox, die nicht aus vier Zahlen besteht („{view_box}“); sie kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>has a viewBox of width {width} and height {height} (&quot;{view_box}&quot;); an illustration needs both above 0</source>
        <translation>hat eine viewBox mit Breite {width} und Höhe {height} („{view_box}“); eine Abbildung braucht beide über 0</translation>
    </message>
    <message>
        <source>has a viewBox of width {width} and height {height}; too large or too small to be drawn</source>
        <translation>hat eine viewBox mit Breite {width} und Höhe {height}; zu groß oder zu klein zum Zeichnen</translation>
    </message>
    <message>
        <source>has a width of &quot;{value}&quot;; an illustration needs a width above 0 and at most 1,000,000</source>
        <translation>hat die Breite „{value}“; eine Abbildung braucht eine Breite über 0 und höchstens 1.000.000</translation>
    </message>
    <message>
        <source>has a height of &quot;{value}&quot;; an illustration needs a height above 0 and at most 1,000,000</source>
        <translation>hat die Höhe „{value}“; eine Abbildung braucht eine Höhe über 0 und höchstens 1.000.000</translation>
    </message>
    <message>
        <source>is more than {ratio} times as wide as high, or as high as wide</source>
        <translation>ist mehr als {ratio}-mal so breit wie hoch oder so hoch wie breit</translation>
    </message>
    <message>
        <source>applies filters or masks from a style sheet; an illustration may set them only on its elements</source>
        <translation>wendet Filter oder Masken aus einem Stylesheet an; eine Abbildung darf sie nur an ihren Elementen setzen</translation>
    </message>
    <message>
        <source>blurs by &quot;{blur}&quot;; an illustration may blur by at most {limit}</source>
        <translation>zeichnet um „{blur}“ weich; eine Abbildung darf höchstens um {limit} weichzeichnen</translation>
    </message>
    <message>
        <source>has {count} filter effects; an illustration may have at most {limit}</source>
        <translation>hat {count} Filtereffekte; eine Abbildung darf höchstens {limit} haben</translation>
    </message>
    <message>
        <source>draws {count} elements through a filter or a mask; an illustration may draw at most {limit}</source>
        <translation>zeichnet {count} Elemente durch einen Filter oder eine Maske; eine Abbildung darf höchstens {limit} so zeichnen</translation>
    </message>
    <message>
        <source>has shapes with {count} corners; an illustration may have at most {limit}</source>
        <translation>hat Formen mit {count} Eckpunkten; eine Abbildung darf höchstens {limit} haben</translation>
    </message>
    <message>
        <source>draws a marker at {count} places; an illustration may draw at most {limit}</source>
        <translation>zeichnet an {count} Stellen eine Markierung; eine Abbildung darf höchstens {limit} zeichnen</translation>
    </message>
    <message>
        <source>draws {count} characters of text; an illustration may draw at most {limit}</source>
        <translation>zeichnet {count} Zeichen Text; eine Abbildung darf höchstens {limit} zeichnen</translation>
    </message>
    <message>
        <source>has a &lt;use&gt; that repeats itself (a loop); it cannot be drawn</source>
        <translation>hat ein &lt;use&gt;, das sich selbst wiederholt (eine Schleife); sie kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>nests &lt;use&gt; more than {limit} deep; an illustration may not</source>
        <translation>verschachtelt &lt;use&gt; mehr als {limit} Ebenen tief; eine Abbildung darf das nicht</translation>
    </message>
    <message>
        <source>draws more than {limit} elements (each &lt;use&gt; counted as what it repeats); an illustration may draw at most {limit}</source>
        <translation>zeichnet mehr als {limit} Elemente (jedes &lt;use&gt; zählt als das, was es wiederholt); eine Abbildung darf höchstens {limit} zeichnen</translation>
    </message>
</context>
<context>
    <name>core.library</name>
    <message>
        <source>the routine id &quot;{id}&quot; is already used by {path} ({origin}); rename this file to load it</source>
        <extracomment>Tried from the editor before it was saved: never in the library, never logged.</extracomment>
        <translation>die Programm-ID „{id}“ wird schon von {path} verwendet ({origin}); benennen Sie diese Datei um, um sie zu laden</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where a routine came from, in a problem&apos;s words (shown with `origin_words`).</extracomment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>my routines</source>
        <translation>Meine Programme</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>after-run</source>
        <extracomment>The built-in routines&apos; tags in a reader&apos;s words. A tag is the file&apos;s own word (searched, written back as it is); these are shown in the language in use (`tag_words`).</extracomment>
        <translation>nach dem Laufen</translation>
    </message>
    <message>
        <source>pre-run</source>
        <translation>vor dem Laufen</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>im Stand</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>is neither in the routine&apos;s folder nor a built-in illustration; the exercise shows no illustration</source>
        <extracomment>Said of a picture that is neither in the routine&apos;s folder nor built in (Export refuses it); shown with `translate(&quot;core.library&quot;, MISSING_PICTURE)`.</extracomment>
        <translation>liegt weder im Ordner des Programms noch ist es eine mitgelieferte Abbildung; die Übung zeigt keine Abbildung</translation>
    </message>
    <message>
        <source>is a link to {target}, outside {folder}; not loaded</source>
        <translation>ist ein Link auf {target}, außerhalb von {folder}; nicht geladen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>kann nicht gelesen werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>is a link to a file that does not exist</source>
        <extracomment>Opening never waits: a named pipe put in the place of a file (after it was looked at) would wait for a writer for ever.</extracomment>
        <translation>ist ein Link auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>is a link to {target}, which does not exist</source>
        <translation>ist ein Link auf {target}, das es nicht gibt</translation>
    </message>
    <message>
        <source>is not a regular file ({kind}); it was not read</source>
        <translation>ist keine normale Datei ({kind}); sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the file is {size} MiB; a routine file may be at most 1 MiB</source>
        <translation>die Datei ist {size} MiB groß; eine Programmdatei darf höchstens 1 MiB groß sein</translation>
    </message>
    <message>
        <source>is a folder, not a routine file</source>
        <translation>ist ein Ordner, keine Programmdatei</translation>
    </message>
    <message>
        <source>is a link in a loop of links that never reaches a file</source>
        <translation>ist ein Link in einer Schleife von Links, die nie bei einer Datei ankommt</translation>
    </message>
    <message>
        <source>is a link that points back to itself</source>
        <translation>ist ein Link, der auf sich selbst zeigt</translation>
    </message>
    <message>
        <source>the folder cannot be read: {reason}</source>
        <translation>der Ordner kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>no routine has this id and no such file exists (ids: {ids})</source>
        <translation>kein Programm hat diese ID, und eine solche Datei gibt es nicht (IDs: {ids})</translation>
    </message>
    <message>
        <source>no routine has this id and no such file exists (ids: none)</source>
        <translation>kein Programm hat diese ID, und eine solche Datei gibt es nicht (IDs: keine)</translation>
    </message>
</context>
<context>
    <name>core.paths</name>
    <message>
        <source>a folder</source>
        <extracomment>Set to a folder to keep every per-user file under it (tests, portable use).</extracomment>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>core.routine</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Longest a whole routine may run; anything longer is a typo, not a session. The table of a routine&apos;s or an exercise&apos;s texts in other languages. Said by the voice as each set starts, after the call: &quot;Slow on the way down.&quot; `[exercises.translations.de]`: its texts in other languages (routine_translations.py). The `[suggested_schedule]` table: days and time a physio suggests, for some weeks. `[translations.de]`: its title and summary in other languages (routine_translations.py).</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>a file name</source>
        <translation>ein Dateiname</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>a list of words</source>
        <translation>eine Liste von Wörtern</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>a list of [[exercises]] tables</source>
        <translation>eine Liste von [[exercises]]-Tabellen</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>a list of sides, such as [&quot;left&quot;, &quot;right&quot;]</source>
        <translation>eine Liste von Seiten, etwa [&quot;left&quot;, &quot;right&quot;]</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>a list of directions, such as [&quot;clockwise&quot;, &quot;counter-clockwise&quot;]</source>
        <translation>eine Liste von Richtungen, etwa [&quot;clockwise&quot;, &quot;counter-clockwise&quot;]</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an exercise</source>
        <translation>einer Übung</translation>
    </message>
    <message>
        <source>a routine</source>
        <translation>eines Übungsprogramms</translation>
    </message>
    <message>
        <source>the file is {size}; a routine file may be at most 1 MiB</source>
        <translation>die Datei ist {size} groß; eine Programmdatei darf höchstens 1 MiB groß sein</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {line} cannot be read); save it as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text (Zeile {line} lässt sich nicht lesen); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read: a number in it has too many digits</source>
        <translation>die Datei kann nicht gelesen werden: eine Zahl darin hat zu viele Stellen</translation>
    </message>
    <message>
        <source>the file cannot be read: its lists or tables are nested too deeply</source>
        <translation>die Datei kann nicht gelesen werden: ihre Listen oder Tabellen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>must be a list of [[exercises]] tables, not {value}</source>
        <translation>muss eine Liste von [[exercises]]-Tabellen sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be an [[exercises]] table, not {value}</source>
        <translation>muss eine [[exercises]]-Tabelle sein, nicht {value}</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>darf nicht nur aus Leerzeichen bestehen</translation>
    </message>
    <message>
        <source>a routine may have at most 100 exercises</source>
        <translation>ein Übungsprogramm darf höchstens 100 Übungen haben</translation>
    </message>
    <message>
        <source>the whole routine would take {duration}; a routine may last at most 4 hours</source>
        <translation>das ganze Programm würde {duration} dauern; ein Übungsprogramm darf höchstens 4 Stunden dauern</translation>
    </message>
    <message>
        <source>the routine has no exercises; add at least one [[exercises]]</source>
        <translation>das Programm hat keine Übungen; fügen Sie mindestens eine [[exercises]]-Tabelle hinzu</translation>
    </message>
    <message>
        <source>is missing; an Ankle Coach routine file starts with `format = {format}`</source>
        <translation>fehlt; eine Programmdatei von Ankle Coach beginnt mit `format = {format}`</translation>
    </message>
    <message>
        <source>must be the whole number {format}, not {value}</source>
        <translation>muss die ganze Zahl {format} sein, nicht {value}</translation>
    </message>
    <message>
        <source>this file is format {value}, but this version of Ankle Coach reads format {format} only; update Ankle Coach or ask for a format {format} file</source>
        <translation>diese Datei hat das Format {value}, diese Version von Ankle Coach liest aber nur Format {format}; aktualisieren Sie Ankle Coach oder bitten Sie um eine Datei im Format {format}</translation>
    </message>
    <message>
        <source>hold_seconds, reps, duration_seconds or manual = true</source>
        <translation>hold_seconds, reps, duration_seconds oder manual = true</translation>
    </message>
    <message>
        <source>says neither how long nor how many; give exactly one of {choices}</source>
        <translation>sagt weder, wie lange, noch, wie oft; geben Sie genau eines an: {choices}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>gives both {both}; give exactly one of {choices}</source>
        <translation>gibt {both} zugleich an; geben Sie genau eines an: {choices}</translation>
    </message>
    <message>
        <source>only applies to an exercise counted in reps</source>
        <translation>gilt nur für eine Übung, die in Wiederholungen gezählt wird</translation>
    </message>
    <message>
        <source>must not be blank; leave it out for no cue</source>
        <translation>darf nicht nur aus Leerzeichen bestehen; lassen Sie das Feld weg, wenn es keinen Hinweis geben soll</translation>
    </message>
    <message>
        <source>must be one line of plain text, without line breaks, tabs or control characters</source>
        <translation>muss eine einzige Zeile einfacher Text sein, ohne Zeilenumbrüche, Tabulatoren oder Steuerzeichen</translation>
    </message>
    <message>
        <source>lists &quot;{value}&quot; twice</source>
        <translation>nennt „{value}“ zweimal</translation>
    </message>
    <message>
        <source>&quot;{image}&quot; leaves the routine&apos;s folder; give a built-in illustration name or a path inside the folder of the routine file</source>
        <translation>„{image}“ führt aus dem Ordner des Programms hinaus; geben Sie den Namen einer mitgelieferten Abbildung an oder einen Pfad im Ordner der Programmdatei</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
</context>
<context>
    <name>core.routine_toml</name>
    <message>
        <source>holds characters that cannot be saved as UTF-8 text</source>
        <extracomment>The folder beside an imported `ID.toml` that holds its images: its stem is taken too. File names stay short enough for every file system and still say what the routine is.</extracomment>
        <translation>enthält Zeichen, die sich nicht als UTF-8-Text speichern lassen</translation>
    </message>
    <message>
        <source>would not load back the same; not saved</source>
        <translation>würde nicht unverändert wieder geladen; nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>core.routine_translations</name>
    <message>
        <source>must be a table of languages, such as {header}, not {value}</source>
        <extracomment>A custom cue is said at the start of every set, between the call and the counting: a few words (&quot;Slow on the way down.&quot;), not a paragraph. Line breaks, tabs and other control characters: a cue is one spoken line. A language as a translation table names it: &quot;de&quot;, &quot;es&quot;, &quot;fr&quot; (ISO 639, lowercase). The directions the app itself says in every language (core/cues.py): a file need not translate them, and the built-in routines do not. The text fields of each, in the order a file writes them.</extracomment>
        <translation>muss eine Tabelle von Sprachen sein, etwa {header}, nicht {value}</translation>
    </message>
    <message>
        <source>a routine&apos;s translation</source>
        <translation>einer Übersetzung des Programms</translation>
    </message>
    <message>
        <source>an exercise&apos;s translation</source>
        <translation>einer Übersetzung der Übung</translation>
    </message>
    <message>
        <source>English is the file&apos;s own language: write the English texts in the fields themselves</source>
        <translation>Englisch ist die eigene Sprache der Datei: schreiben Sie die englischen Texte direkt in die Felder selbst</translation>
    </message>
    <message>
        <source>must be a table of translated texts, not {value}</source>
        <translation>muss eine Tabelle übersetzter Texte sein, nicht {value}</translation>
    </message>
    <message>
        <source>is not a language code; name a language in lowercase letters, such as &quot;de&quot; or &quot;es&quot;; did you mean &quot;{code}&quot;?</source>
        <translation>ist kein Sprachcode; geben Sie eine Sprache in Kleinbuchstaben an, etwa „de“ oder „es“; meinten Sie „{code}“?</translation>
    </message>
    <message>
        <source>is not a language code; name a language in lowercase letters, such as &quot;de&quot; or &quot;es&quot;</source>
        <translation>ist kein Sprachcode; geben Sie eine Sprache in Kleinbuchstaben an, etwa „de“ oder „es“</translation>
    </message>
    <message>
        <source>must not be blank; leave it out to use the English</source>
        <translation>darf nicht nur aus Leerzeichen bestehen; lassen Sie es weg, um den englischen Text zu verwenden</translation>
    </message>
    <message>
        <source>must be one line of plain text, without line breaks, tabs or control characters</source>
        <translation>muss eine einzige Zeile einfacher Text sein, ohne Zeilenumbrüche, Tabulatoren oder Steuerzeichen</translation>
    </message>
    <message>
        <source>the exercise has no directions to translate; leave this out</source>
        <translation>die Übung hat keine Richtungen, die übersetzt werden könnten; lassen Sie das weg</translation>
    </message>
    <message>
        <source>must name one direction, as the exercise has one ({listed}); it names {given}</source>
        <translation>muss eine Richtung nennen, da die Übung eine hat ({listed}); genannt sind {given}</translation>
    </message>
    <message>
        <source>must name {count} directions, one for each of the exercise&apos;s ({listed}), in the same order; it names {given}</source>
        <translation>muss {count} Richtungen nennen, eine für jede Richtung der Übung ({listed}), in derselben Reihenfolge; genannt sind {given}</translation>
    </message>
    <message>
        <source>lists &quot;{value}&quot; twice</source>
        <translation>nennt „{value}“ zweimal</translation>
    </message>
</context>
<context>
    <name>core.savefile</name>
    <message>
        <source>{kind} is there, not a file; it was left as it is</source>
        <translation>dort ist {kind}, keine Datei; es wurde gelassen, wie es ist</translation>
    </message>
</context>
<context>
    <name>core.schedule.model</name>
    <message>
        <source>Monday</source>
        <extracomment>The full English names, which are typed as well as the keys (&quot;monday,friday&quot;); shown to the user through `day_name`.</extracomment>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>A weekday in a date (&quot;on Sat 28 Nov 2026&quot;), in the user&apos;s language through `translate`.</extracomment>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message>
        <source>Jan</source>
        <extracomment>A month in a date, January first.</extracomment>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>mon,tue,wed,thu,fri,sat,sun</source>
        <extracomment>Words that stand for several days. The days as typed after --days, Monday first, comma-separated, no spaces: translated as the language&apos;s own short forms (&quot;mo,di,mi,do,fr,sa,so&quot;). They are read beside the English keys and the language&apos;s full day names; what is stored stays DAY_KEYS.</extracomment>
        <translation>mo,di,mi,do,fr,sa,so</translation>
    </message>
    <message>
        <source>daily,weekdays,weekends</source>
        <extracomment>The words typed after --days for every day, Monday to Friday and the weekend, in this order, comma-separated.</extracomment>
        <translation>täglich,werktags,wochenende</translation>
    </message>
    <message>
        <source>use mon, tue, wed, thu, fri, sat, sun (or the full names, or a range such as mon-fri), daily, weekdays or weekends</source>
        <extracomment>How to type days (`days_help()` says it in the user&apos;s language, with its own words beside the English ones).</extracomment>
        <translation>verwenden Sie mo, di, mi, do, fr, sa, so (oder die vollen Namen, oder einen Bereich wie mo-fr), täglich, werktags oder wochenende; die englischen mon, tue, wed, thu, fri, sat, sun, daily, weekdays und weekends gehen auch</translation>
    </message>
    <message>
        <source>must be a whole number from 1, not {value}</source>
        <translation>muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a routine id, not blank</source>
        <translation>muss die Kennung eines Programms sein, nicht leer</translation>
    </message>
    <message>
        <source>must be one or more of 0-6, not {value}</source>
        <translation>muss eine oder mehrere der Zahlen 0–6 sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a wall-clock hour and minute, not {value}</source>
        <translation>muss eine Uhrzeit aus Stunde und Minute sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a date, e.g. 2026-12-05, not {value}</source>
        <translation>muss ein Datum sein, z. B. 2026-12-05, nicht {value}</translation>
    </message>
    <message>
        <source>{until} is before the reminder&apos;s start, {since}</source>
        <translation>{until} liegt vor dem Beginn der Erinnerung, {since}</translation>
    </message>
    <message>
        <source>there is no reminder {id}; the ids are {known}</source>
        <translation>es gibt keine Erinnerung {id}; vorhanden sind {known}</translation>
    </message>
    <message>
        <source>there is no reminder {id}; the weekly plan is empty</source>
        <translation>es gibt keine Erinnerung {id}; der Wochenplan ist leer</translation>
    </message>
    <message>
        <source>{word} is not a day; {help}</source>
        <translation>{word} ist kein Tag; {help}</translation>
    </message>
    <message>
        <source>no day given; {help}</source>
        <translation>kein Tag angegeben; {help}</translation>
    </message>
    <message>
        <source>{word} is not a range of days; {help}</source>
        <translation>{word} ist kein Bereich von Tagen; {help}</translation>
    </message>
    <message>
        <source>{text} is not a time; use the 24-hour clock, HH:MM, e.g. 18:30</source>
        <translation>{text} ist keine Uhrzeit; 24-Stunden-Format verwenden, HH:MM, z. B. 18:30</translation>
    </message>
    <message>
        <source>{text} is not a time of day; hours go from 00 to 23</source>
        <translation>{text} ist keine Uhrzeit; Stunden gehen von 00 bis 23</translation>
    </message>
    <message>
        <source>{text} is not a time of day; minutes go from 00 to 59</source>
        <translation>{text} ist keine Uhrzeit; Minuten gehen von 00 bis 59</translation>
    </message>
</context>
<context>
    <name>core.schedule.store</name>
    <message>
        <source>The weekly plan file {path} could not be used: {reason}. It could not be moved aside to {aside} either ({problem}), so it will be replaced when the plan is next saved. Your weekly plan is empty.</source>
        <extracomment>Where the spans were kept before they were part of each reminder (read, never written). A plan of a hundred reminders is a few KiB; a far larger file is not one and is never parsed. Files left alone at load in this run (unreadable, not a file, newer): never saved over.</extracomment>
        <translation>Die Wochenplan-Datei {path} konnte nicht verwendet werden: {reason}. Sie konnte auch nicht nach {aside} verschoben werden ({problem}) und wird daher beim nächsten Speichern des Plans ersetzt. Ihr Wochenplan ist leer.</translation>
    </message>
    <message>
        <source>The weekly plan file {path} could not be used: {reason}. It was moved to {aside}, and your weekly plan is empty.</source>
        <translation>Die Wochenplan-Datei {path} konnte nicht verwendet werden: {reason}. Sie wurde nach {aside} verschoben, und Ihr Wochenplan ist leer.</translation>
    </message>
    <message>
        <source>The weekly plan file {path} {reason}. It was left as it is, and reminders will not be saved there until that is put right.</source>
        <translation>Die Wochenplan-Datei {path} {reason}. Sie wurde nicht verändert, und Erinnerungen werden dort erst wieder gespeichert, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>{path} was left as it is when it was read, so the weekly plan was not saved over it</source>
        <translation>{path} wurde beim Lesen nicht verändert, daher wurde der Wochenplan nicht darüber gespeichert</translation>
    </message>
    <message>
        <source>{path} was left as it is: it is {kind}</source>
        <translation>{path} wurde nicht verändert: dort liegt {kind}</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>sie ist ein Link auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>is a link in a loop of links</source>
        <translation>ist ein Link in einer Schleife von Links</translation>
    </message>
    <message>
        <source>is {kind}, not a file</source>
        <translation>ist {kind}, keine Datei</translation>
    </message>
    <message>
        <source>it is {size} bytes, far more than a weekly plan</source>
        <translation>sie ist {size} Byte groß, weit mehr als ein Wochenplan</translation>
    </message>
    <message>
        <source>it grew past the size of a weekly plan while it was read</source>
        <translation>sie wuchs beim Lesen über die Größe eines Wochenplans hinaus</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is not valid TOML ({error})</source>
        <translation>sie ist kein gültiges TOML ({error})</translation>
    </message>
    <message>
        <source>it is not valid TOML (nested too deeply, or a number too long)</source>
        <translation>sie ist kein gültiges TOML (zu tief verschachtelt oder eine zu lange Zahl)</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>its version must be a whole number from 1, not {version}</source>
        <translation>ihre Version muss eine ganze Zahl ab 1 sein, nicht {version}</translation>
    </message>
    <message>
        <source>was written by a newer version of Ankle Coach (version {version}; this one reads {known})</source>
        <translation>wurde von einer neueren Version von Ankle Coach geschrieben (Version {version}; diese liest {known})</translation>
    </message>
    <message>
        <source>reminders must be a list of tables ([[reminders]])</source>
        <translation>reminders muss eine Liste von Tabellen sein ([[reminders]])</translation>
    </message>
    <message>
        <source>{id} is used by another reminder</source>
        <translation>{id} wird schon von einer anderen Erinnerung verwendet</translation>
    </message>
    <message>
        <source>reminder {number}: {problem}</source>
        <translation>Erinnerung {number}: {problem}</translation>
    </message>
    <message>
        <source>reminder {number}: {keys} not known, ignored</source>
        <translation>Erinnerung {number}: {keys} unbekannt, ignoriert</translation>
    </message>
    <message>
        <source>{keys} not known, ignored</source>
        <translation>{keys} unbekannt, ignoriert</translation>
    </message>
    <message>
        <source>Some of the weekly plan file {path} could not be used (left in the file as they are): {problems}.</source>
        <translation>Ein Teil der Wochenplan-Datei {path} konnte nicht verwendet werden (unverändert in der Datei belassen): {problems}.</translation>
    </message>
    <message>
        <source>Some of the weekly plan file {path} could not be used: {problems}.</source>
        <translation>Ein Teil der Wochenplan-Datei {path} konnte nicht verwendet werden: {problems}.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a list of days, e.g. [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</source>
        <translation>muss eine Liste von Tagen sein, z. B. [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</translation>
    </message>
    <message>
        <source>must be a time of day in quotes, e.g. &quot;18:30&quot;</source>
        <translation>muss eine Uhrzeit in Anführungszeichen sein, z. B. &quot;18:30&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a routine id in quotes</source>
        <translation>muss die Kennung eines Programms in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>must be a date without quotes, e.g. 2026-12-05</source>
        <translation>muss ein Datum ohne Anführungszeichen sein, z. B. 2026-12-05</translation>
    </message>
</context>
<context>
    <name>core.schedule.suggested</name>
    <message>
        <source>a list of days, such as [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</source>
        <extracomment>The table&apos;s name in a routine file. The time a suggestion without `at` is put at when accepted (the patient can change it). Days for &quot;N times a week&quot; when the patient does not choose: spread over the week.</extracomment>
        <translation>eine Liste von Tagen, etwa [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>a whole number of days</source>
        <translation>eine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>a time of day as text, such as &quot;18:30&quot;</source>
        <translation>eine Uhrzeit als Text, etwa &quot;18:30&quot;</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>a whole number of weeks</source>
        <translation>eine ganze Zahl von Wochen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>must be a [suggested_schedule] table, not {value}</source>
        <translation>muss eine Tabelle [suggested_schedule] sein, nicht {value}</translation>
    </message>
    <message>
        <source>a suggested schedule</source>
        <translation>eines Terminvorschlags</translation>
    </message>
    <message>
        <source>says neither on which days nor how often; give days = [...] or times_per_week</source>
        <translation>nennt weder die Tage noch wie oft; days = [...] oder times_per_week angeben</translation>
    </message>
    <message>
        <source>gives both days and times_per_week; give one of them</source>
        <translation>gibt sowohl days als auch times_per_week an; nur eines davon angeben</translation>
    </message>
    <message>
        <source>must name at least one day</source>
        <translation>muss mindestens einen Tag nennen</translation>
    </message>
    <message>
        <source>lists &quot;{day}&quot; twice</source>
        <translation>nennt „{day}“ zweimal</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>{days}, {day}</source>
        <translation>{days}, {day}</translation>
    </message>
    <message>
        <source>{days} and {last}</source>
        <translation>{days} und {last}</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Einmal pro Woche</translation>
    </message>
    <message>
        <source>{count} times a week</source>
        <translation>{count}-mal pro Woche</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} um {time}</translation>
    </message>
    <message>
        <source>{days} at {time}, for {weeks} week</source>
        <translation>{days} um {time}, {weeks} Woche lang</translation>
    </message>
    <message>
        <source>{days} at {time}, for {weeks} weeks</source>
        <translation>{days} um {time}, {weeks} Wochen lang</translation>
    </message>
    <message>
        <source>{days}, for {weeks} week</source>
        <translation>{days}, {weeks} Woche lang</translation>
    </message>
    <message>
        <source>{days}, for {weeks} weeks</source>
        <translation>{days}, {weeks} Wochen lang</translation>
    </message>
</context>
<context>
    <name>core.schedule.words</name>
    <message>
        <source>Mon</source>
        <extracomment>A day in a list of days a reminder happens on (&quot;Mon, Wed, Fri&quot;; German &quot;montags&quot;, Spanish &quot;lunes&quot;: the habitual forms).</extracomment>
        <translation>montags</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>freitags</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>samstags</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sonntags</translation>
    </message>
    <message>
        <source>{days}, {day}</source>
        <translation>{days}, {day}</translation>
    </message>
    <message>
        <source>{days}, {last}</source>
        <translation>{days} und {last}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>montags bis freitags</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <source>every day at {time}</source>
        <extracomment>Spanish says &quot;a la 01:30&quot; of one o&apos;clock, &quot;a las 13:30&quot; of every other hour; the messages say &quot;a las {time}&quot;, and `one_oclock` mends them.</extracomment>
        <translation>täglich um {time}</translation>
    </message>
    <message>
        <source>weekdays at {time}</source>
        <translation>montags bis freitags um {time}</translation>
    </message>
    <message>
        <source>weekends at {time}</source>
        <translation>am Wochenende um {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} um {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <source>on {weekday} at {time}</source>
        <translation>am {weekday} um {time}</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month} {year} at {time}</source>
        <translation>am {weekday} {day}. {month} {year} um {time}</translation>
    </message>
    <message>
        <source>You had {title} planned {when}.</source>
        <translation>Geplant war {title} {when}.</translation>
    </message>
</context>
<context>
    <name>core.settings</name>
    <message>
        <source>The voice that speaks the cues, or the speech engine&apos;s default.</source>
        <extracomment>The version `save_settings` writes; `MIGRATIONS` brings every older one up to it. Where the main window was and what it showed: in the settings file up to version 1, kept in its own file since (core/window_state.py), which reads them from an old settings file once. Speech rates the dialog offers, in words per minute. The Plan sizes cues for the rate; below 120 long calls stop fitting before their countdown, above 260 the counts are hard to follow. &quot;system&quot; follows LANGUAGE/LC_ALL/LC_MESSAGES/LANG (core/i18n.py); the others are core/i18n&apos;s. What the cue player does with a due cue; the values of ui.cue_player.Sound.</extracomment>
        <translation>Die Stimme, die die Ansagen spricht, oder die Standardstimme der Sprachausgabe.</translation>
    </message>
    <message>
        <source>How fast cues are spoken, in words per minute; cue timing is planned for this pace.</source>
        <translation>Wie schnell die Ansagen gesprochen werden, in Wörtern pro Minute; der Zeitplan der Ansagen richtet sich nach diesem Tempo.</translation>
    </message>
    <message>
        <source>How loud cues and beeps are played.</source>
        <translation>Wie laut Ansagen und Signaltöne abgespielt werden.</translation>
    </message>
    <message>
        <source>No sound at all: follow the session on the screen.</source>
        <translation>Gar kein Ton: die Einheit am Bildschirm verfolgen.</translation>
    </message>
    <message>
        <source>Beeps instead of words, for those who know the routine.</source>
        <translation>Signaltöne statt Worten, für alle, die das Programm kennen.</translation>
    </message>
    <message>
        <source>Time to get ready before the first exercise, or each routine&apos;s own.</source>
        <translation>Vorlaufzeit vor der ersten Übung, oder die des jeweiligen Programms.</translation>
    </message>
    <message>
        <source>Count the reps aloud on the tempo.</source>
        <translation>Wiederholungen im Tempo laut mitzählen.</translation>
    </message>
    <message>
        <source>Say &quot;halfway&quot; during long holds.</source>
        <translation>Bei langem Halten „Halbzeit“ ansagen.</translation>
    </message>
    <message>
        <source>Ask a pain check-in (a 0-10 rating and the warning signs) before and after each session; the see-a-doctor rules need it.</source>
        <translation>Vor und nach jeder Einheit eine Schmerzabfrage stellen (eine Bewertung von 0 bis 10 und die Warnzeichen); die Regeln, wann Sie es ärztlich abklären lassen sollten, brauchen sie.</translation>
    </message>
    <message>
        <source>Say a reminder aloud as well as showing it (not when cues are muted).</source>
        <translation>Eine Erinnerung auch laut ansagen, nicht nur anzeigen (nicht, wenn die Ansagen stumm sind).</translation>
    </message>
    <message>
        <source>Start Ankle Coach in the tray when you log in, so reminders come.</source>
        <translation>Ankle Coach bei der Anmeldung im Infobereich starten, damit Erinnerungen kommen.</translation>
    </message>
    <message>
        <source>The language of the window, the voice and the handout: the system&apos;s, or another.</source>
        <translation>Die Sprache von Fenster, Stimme und Übungsblatt: die des Systems oder eine andere.</translation>
    </message>
    <message>
        <source>The colours of the window.</source>
        <translation>Die Farben des Fensters.</translation>
    </message>
    <message>
        <source>How large text is, compared with the normal size.</source>
        <translation>Wie groß der Text ist, im Vergleich zur normalen Größe.</translation>
    </message>
    <message>
        <source>{name} must be {allowed}, not {value}</source>
        <translation>{name} muss {allowed} sein, nicht {value}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <extracomment>The type of its values besides None: bool, int, float or str. None is a value (and what a missing key means); only options whose default is None. The only values allowed, for a text option declared with a Literal type.</extracomment>
        <translation>einer der Werte {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>text that is not blank</source>
        <translation>ein Text, der nicht leer ist</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>Base64-Text</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>{allowed}, or left out</source>
        <translation>{allowed} oder weggelassen</translation>
    </message>
    <message>
        <source>its version must be a whole number, not {value}</source>
        <extracomment>Every option in declaration order, by name (the key in the file). MIGRATIONS[n] turns a version n document into a version n + 1 one. Files found unreadable at load in this run: the defaults in use must not be saved over them.</extracomment>
        <translation>ihre Version muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>The settings file {path} is not a file Ankle Coach can read: {reason}. It was not read and was left as it is. Ankle Coach is using the default settings, and will not save them there until it is removed.</source>
        <translation>Die Einstellungsdatei {path} ist keine Datei, die Ankle Coach lesen kann: {reason}. Sie wurde nicht gelesen und nicht verändert. Ankle Coach verwendet die Standardeinstellungen und speichert sie dort erst, wenn sie entfernt wurde.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read: {reason}. It was left as it is. Ankle Coach is using the default settings for now, and will not save over the file.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden: {reason}. Sie wurde nicht verändert. Ankle Coach verwendet vorerst die Standardeinstellungen und speichert nicht über die Datei.</translation>
    </message>
    <message>
        <source>Some settings in {path} could not be used and are back to their defaults: {settings}.</source>
        <translation>Einige Einstellungen in {path} konnten nicht verwendet werden und stehen wieder auf ihrem Standardwert: {settings}.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Ankle Coach (settings version {version}); these settings in it are not known to this version and are ignored: {keys}.</source>
        <translation>{path} wurde von einer neueren Version von Ankle Coach geschrieben (Einstellungsversion {version}); diese Einstellungen darin kennt diese Version nicht, sie werden ignoriert: {keys}.</translation>
    </message>
    <message>
        <source>These settings in {path} are not known to this version and are ignored: {keys}.</source>
        <translation>Diese Einstellungen in {path} kennt diese Version nicht, sie werden ignoriert: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be used: {reason}. It could not be moved aside to {aside} either ({problem}), so it will be replaced when the settings are next saved. Ankle Coach is using the default settings.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht verwendet werden: {reason}. Sie konnte auch nicht nach {aside} verschoben werden ({problem}) und wird daher beim nächsten Speichern der Einstellungen ersetzt. Ankle Coach verwendet die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be used: {reason}. It was moved to {aside}, and Ankle Coach is using the default settings.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht verwendet werden: {reason}. Sie wurde nach {aside} verschoben, und Ankle Coach verwendet die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>{path} could not be read when Ankle Coach started, so it was left as it is and the settings were not saved over it</source>
        <translation>{path} konnte beim Start von Ankle Coach nicht gelesen werden, wurde daher nicht verändert, und die Einstellungen wurden nicht darüber gespeichert</translation>
    </message>
    <message>
        <source>{path} was left as it is: it could not be looked at ({error})</source>
        <translation>{path} wurde nicht verändert: es konnte nicht geprüft werden ({error})</translation>
    </message>
    <message>
        <source>{path} was left as it is: {kind}, not a settings file</source>
        <translation>{path} wurde nicht verändert: {kind}, keine Einstellungsdatei</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>ein Wert vom Typ {type}</translation>
    </message>
    <message>
        <source>{name} = {value} (must be {allowed}; now the default)</source>
        <translation>{name} = {value} (muss {allowed} sein; jetzt der Standardwert)</translation>
    </message>
    <message>
        <source>{name} = {value} (must be {allowed}; now the default, {default})</source>
        <translation>{name} = {value} (muss {allowed} sein; jetzt der Standardwert, {default})</translation>
    </message>
</context>
<context>
    <name>core.settings_reading</name>
    <message>
        <source>it is a link to a file that does not exist</source>
        <extracomment>A settings file is a few hundred bytes; anything far larger is not one, and is never parsed.</extracomment>
        <translation>sie ist ein Link auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is not valid TOML (its lists or tables are nested too deeply)</source>
        <translation>sie ist kein gültiges TOML (ihre Listen oder Tabellen sind zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>it is too large to read</source>
        <translation>sie ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>a number in it has too many digits</source>
        <translation>eine Zahl darin hat zu viele Ziffern</translation>
    </message>
    <message>
        <source>it is not valid TOML ({error})</source>
        <translation>sie ist kein gültiges TOML ({error})</translation>
    </message>
    <message>
        <source>it is {size}; a settings file is at most {limit} KiB</source>
        <translation>sie ist {size} groß; eine Einstellungsdatei darf höchstens {limit} KiB groß sein</translation>
    </message>
    <message>
        <source>it is {kind}</source>
        <translation>dort liegt {kind}</translation>
    </message>
    <message>
        <source>it is a link in a loop of links</source>
        <translation>sie ist ein Link in einer Schleife von Links</translation>
    </message>
    <message>
        <source>it is a link that points back to itself</source>
        <translation>sie ist ein Link, der auf sich selbst zeigt</translation>
    </message>
</context>
<context>
    <name>core.sharing.checks</name>
    <message>
        <source>a routine package</source>
        <extracomment>What a routine package&apos;s file name ends with. The most a package may unpack to (its routine and its images together), and the most the package file itself may weigh. The longest name of an image file (or of a folder on its path), in UTF-8 bytes: file systems take 255, and writing it safely adds a temporary name around it. What a limit is of, in the user&apos;s language through `translate(&quot;core.sharing.checks&quot;, ...)`: &quot;{what} may be at most {limit}&quot;.</extracomment>
        <translation>ein Programmpaket</translation>
    </message>
    <message>
        <source>a routine file</source>
        <translation>eine Programmdatei</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>is larger than {limit}; {what} may be at most that</source>
        <translation>ist größer als {limit}; {what} darf höchstens so groß sein</translation>
    </message>
    <message>
        <source>is {size}; {what} may be at most {limit}</source>
        <translation>ist {size} groß; {what} darf höchstens {limit} groß sein</translation>
    </message>
    <message>
        <source>is not a routine package: the zip file is damaged ({error})</source>
        <translation>ist kein Programmpaket: die ZIP-Datei ist beschädigt ({error})</translation>
    </message>
    <message>
        <source>cannot be unpacked: {error}</source>
        <translation>kann nicht entpackt werden: {error}</translation>
    </message>
    <message>
        <source>has a backslash in its name; a routine package uses / between folders</source>
        <translation>hat einen Backslash im Namen; ein Programmpaket trennt Ordner mit /</translation>
    </message>
    <message>
        <source>is an absolute path; a routine package holds only paths inside it</source>
        <translation>ist ein absoluter Pfad; ein Programmpaket enthält nur Pfade innerhalb des Pakets</translation>
    </message>
    <message>
        <source>goes up a folder with &quot;..&quot;; a routine package holds only paths inside it</source>
        <translation>geht mit „..“ einen Ordner nach oben; ein Programmpaket enthält nur Pfade innerhalb des Pakets</translation>
    </message>
    <message>
        <source>is not a plain relative path; a routine package holds only paths inside it</source>
        <translation>ist kein einfacher relativer Pfad; ein Programmpaket enthält nur Pfade innerhalb des Pakets</translation>
    </message>
    <message>
        <source>is a symbolic link; a routine package holds only plain files</source>
        <translation>ist ein symbolischer Link; ein Programmpaket enthält nur normale Dateien</translation>
    </message>
    <message>
        <source>is encrypted; a routine package cannot be password-protected</source>
        <translation>ist verschlüsselt; ein Programmpaket kann nicht mit Passwort geschützt sein</translation>
    </message>
    <message>
        <source>holds {count} entries; a routine package may hold at most {limit}</source>
        <translation>enthält {count} Einträge; ein Programmpaket darf höchstens {limit} enthalten</translation>
    </message>
    <message>
        <source>appears twice in the package</source>
        <translation>kommt zweimal im Paket vor</translation>
    </message>
    <message>
        <source>names the same file as &quot;{name}&quot;; a routine package holds each file once</source>
        <translation>bezeichnet dieselbe Datei wie „{name}“; ein Programmpaket enthält jede Datei nur einmal</translation>
    </message>
    <message>
        <source>would unpack to {size}; a routine package may unpack to at most {limit}</source>
        <translation>würde entpackt {size} groß; ein Programmpaket darf entpackt höchstens {limit} groß sein</translation>
    </message>
    <message>
        <source>holds no routine file ({suffix}) at its top level</source>
        <translation>enthält auf oberster Ebene keine Programmdatei ({suffix})</translation>
    </message>
    <message>
        <source>holds {count} routine files ({names}); a package holds one</source>
        <translation>enthält {count} Programmdateien ({names}); ein Paket enthält genau eine</translation>
    </message>
    <message>
        <source>is neither the routine file nor an image (.svg, .png, .jpg); a routine package holds only those</source>
        <translation>ist weder die Programmdatei noch ein Bild (.svg, .png, .jpg); ein Programmpaket enthält nur diese</translation>
    </message>
    <message>
        <source>is both a file and a folder</source>
        <translation>ist zugleich Datei und Ordner</translation>
    </message>
    <message>
        <source>unpacks to more than {limit}; {what} may be at most that</source>
        <translation>ist entpackt größer als {limit}; {what} darf höchstens so groß sein</translation>
    </message>
    <message>
        <source>unpacks to more than {limit}; a routine package may unpack to at most that</source>
        <translation>ist entpackt größer als {limit}; ein Programmpaket darf entpackt höchstens so groß sein</translation>
    </message>
    <message>
        <source>its images come to more than {limit}; a routine may bring at most that</source>
        <translation>seine Bilder sind zusammen größer als {limit}; ein Programm darf höchstens so viel mitbringen</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has a file name of {length} bytes; an image&apos;s may have at most {limit}</source>
        <translation>„{name}“ hat einen Dateinamen von {length} Byte; der eines Bildes darf höchstens {limit} haben</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is neither included nor a built-in illustration; the exercise will show no illustration</source>
        <translation>„{name}“ ist weder enthalten noch eine mitgelieferte Abbildung; die Übung wird ohne Abbildung gezeigt</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; {problem}</source>
        <translation>„{name}“ {problem}</translation>
    </message>
    <message>
        <source>is neither a routine package ({package}) nor a routine file ({suffix})</source>
        <translation>ist weder ein Programmpaket ({package}) noch eine Programmdatei ({suffix})</translation>
    </message>
</context>
<context>
    <name>core.sharing.exporting</name>
    <message>
        <source>would not import the same; not written</source>
        <extracomment>The date every packed file carries, so exporting the same routine twice gives the same bytes.</extracomment>
        <translation>würde beim Importieren nicht gleich ankommen; nicht geschrieben</translation>
    </message>
    <message>
        <source>is neither in the routine&apos;s folder nor a built-in illustration; fix it before sharing the routine</source>
        <translation>liegt weder im Ordner des Programms noch ist es eine mitgelieferte Abbildung; bitte korrigieren, bevor Sie das Programm teilen</translation>
    </message>
</context>
<context>
    <name>core.sharing.importing</name>
    <message>
        <source>could not be written: {reason}; nothing was imported</source>
        <extracomment>A routine of the same id is in the folder; nothing was written. Ask, then import again with on_conflict=&quot;replace&quot; or &quot;rename&quot;. The file cannot be used; `problems` says why. Nothing was written. IMPORTED: the routine as saved (image paths changed). CONFLICT: as read. REFUSED: None. IMPORTED: the id it was saved under. CONFLICT: the id it asks for. IMPORTED: the new routine file. CONFLICT: the routine file already there. CONFLICT: the id &quot;rename&quot; would save it under. IMPORTED: it replaced a routine of the same id. REFUSED: why, each naming the file and field. Not reasons to refuse, but worth telling: a missing image, a changed id.</extracomment>
        <translation>konnte nicht geschrieben werden: {reason}; nichts wurde importiert</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the name is too long for the file system</source>
        <translation>der Name ist zu lang für das Dateisystem</translation>
    </message>
    <message>
        <source>saved as &quot;{id}&quot;, since a built-in routine has that id</source>
        <translation>als „{id}“ gespeichert, da ein mitgeliefertes Programm diese Kennung hat</translation>
    </message>
    <message>
        <source>saved as &quot;{id}&quot;, since {folder} is already there</source>
        <translation>als „{id}“ gespeichert, da {folder} bereits vorhanden ist</translation>
    </message>
    <message>
        <source>is too long once imported: at most 255 characters</source>
        <translation>ist nach dem Import zu lang: höchstens 255 Zeichen</translation>
    </message>
</context>
<context>
    <name>core.triage</name>
    <message>
        <source>A podiatrist (a foot doctor) is the most qualified for ankle pain; an orthopaedic sports-medicine physician is a good choice too.</source>
        <extracomment>A rating from which the pain alone calls for a doctor. How many rated check-ins make a trend, and over how many days at least.</extracomment>
        <translation>Am besten geeignet bei Sprunggelenkschmerzen ist eine Fachärztin oder ein Facharzt für Füße (in Deutschland meist Orthopädie mit Schwerpunkt Fuß); auch Orthopädie mit Sportmedizin ist eine gute Wahl.</translation>
    </message>
    <message>
        <source>Get urgent medical care if you can&apos;t put weight on the foot, the ankle looks misshapen, or the foot turns numb, cold or blue.</source>
        <extracomment>The urgent-care words, the same as the see-a-doctor guidance&apos;s &quot;Get help straight away&quot; (assets/guidance/doctor.toml; Ankle Coach&apos;s own cautious advice, the article has none).</extracomment>
        <translation>Suchen Sie umgehend ärztliche Hilfe, wenn Sie den Fuß nicht belasten können, das Sprunggelenk verformt aussieht oder der Fuß taub, kalt oder blau wird.</translation>
    </message>
    <message>
        <source>Ankle Coach does not diagnose. These rules only say when the article&apos;s advice points to a doctor.</source>
        <extracomment>The warning signs that call for care straight away rather than an appointment.</extracomment>
        <translation>Ankle Coach stellt keine Diagnosen. Diese Regeln sagen nur, wann der Artikel zu einer ärztlichen Abklärung rät.</translation>
    </message>
    <message>
        <source>swelling</source>
        <extracomment>A warning sign as a reason says it. A warning sign as a reason says it (one item of a list; translated where it is said).</extracomment>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>you can&apos;t put weight on it</source>
        <translation>Sie können den Fuß nicht belasten</translation>
    </message>
    <message>
        <source>pain at rest or at night</source>
        <translation>Schmerzen in Ruhe oder nachts</translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation>Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>a recent injury that has not healed</source>
        <translation>eine frische Verletzung, die nicht ausgeheilt ist</translation>
    </message>
    <message>
        <source>You ticked a warning sign at a check-in in the last 7 days: swelling, you can&apos;t put weight on it, pain at rest or at night, numbness or tingling, or a recent injury that has not healed.</source>
        <extracomment>Each rule in plain words; a test checks that the README says each one.</extracomment>
        <translation>Sie haben bei einer Schmerzabfrage in den letzten 7 Tagen ein Warnzeichen angekreuzt: Schwellung, Sie können den Fuß nicht belasten, Schmerzen in Ruhe oder nachts, Taubheit oder Kribbeln oder eine frische Verletzung, die nicht ausgeheilt ist.</translation>
    </message>
    <message>
        <source>You rated your pain 7 or more out of 10 at a check-in in the last 7 days.</source>
        <translation>Sie haben Ihren Schmerz bei einer Schmerzabfrage in den letzten 7 Tagen mit 7 oder mehr von 10 bewertet.</translation>
    </message>
    <message>
        <source>Your pain has not gone away: every pain rating you gave over 14 days or more was above 0 (at least two ratings, 14 or more days apart), even if it went down a little. A rating of 0, no pain, starts the count again.</source>
        <translation>Ihr Schmerz ist nicht vergangen: Jede Schmerzbewertung über 14 Tage oder länger lag über 0 (mindestens zwei Bewertungen, 14 oder mehr Tage auseinander), auch wenn er etwas nachgelassen hat. Eine 0, also kein Schmerz, lässt die Zählung neu beginnen.</translation>
    </message>
    <message>
        <source>Your pain is getting worse: each of your last three pain ratings is higher than the one before, however far apart they are.</source>
        <translation>Ihr Schmerz wird stärker: Jede Ihrer letzten drei Schmerzbewertungen ist höher als die vorige, egal wie weit sie auseinanderliegen.</translation>
    </message>
    <message>
        <source>When none of these applies, Ankle Coach says to keep watching how your ankle feels. It never says that your ankle is fine.</source>
        <extracomment>What happens when no rule applies, in the same words everywhere.</extracomment>
        <translation>Trifft nichts davon zu, rät Ankle Coach, weiter darauf zu achten, wie sich Ihr Sprunggelenk anfühlt. Es sagt nie, dass mit Ihrem Sprunggelenk alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>You ticked a warning sign in the last {days} days: {signs}.</source>
        <extracomment>a sign ticked in the last RECENT_DAYS days calls for care straight away (URGENT_CARE)</extracomment>
        <translation>Sie haben in den letzten {days} Tagen ein Warnzeichen angekreuzt: {signs}.</translation>
    </message>
    <message>
        <source>You rated your pain {rating} out of 10 on {day}: {severe} or more calls for a doctor.</source>
        <translation>Sie haben Ihren Schmerz am {day} mit {rating} von 10 bewertet: Ab {severe} sollten Sie es ärztlich abklären lassen.</translation>
    </message>
    <message>
        <source>Your pain has not gone away in {days} days: you rated it {low} out of 10 at every check-in from {first} to {last} ({count} ratings). If the pain doesn&apos;t go away, it needs looking into.</source>
        <translation>Ihr Schmerz ist seit {days} Tagen nicht vergangen: Sie haben ihn bei jeder Schmerzabfrage von {first} bis {last} mit {low} von 10 bewertet ({count} Bewertungen). Wenn der Schmerz nicht vergeht, muss die Ursache geklärt werden.</translation>
    </message>
    <message>
        <source>Your pain has not gone away in {days} days: you rated it between {low} and {high} out of 10 at every check-in from {first} to {last} ({count} ratings). If the pain doesn&apos;t go away, it needs looking into.</source>
        <translation>Ihr Schmerz ist seit {days} Tagen nicht vergangen: Sie haben ihn bei jeder Schmerzabfrage von {first} bis {last} mit Werten zwischen {low} und {high} von 10 bewertet ({count} Bewertungen). Wenn der Schmerz nicht vergeht, muss die Ursache geklärt werden.</translation>
    </message>
    <message>
        <source>Your pain is getting worse: {first}, then {second}, then {third} out of 10 at your last three check-ins. If it gets worse, it needs looking into.</source>
        <translation>Ihr Schmerz wird stärker: {first}, dann {second}, dann {third} von 10 bei Ihren letzten drei Schmerzabfragen. Wenn er stärker wird, muss die Ursache geklärt werden.</translation>
    </message>
    <message>
        <source>Get medical care for your ankle straight away.</source>
        <translation>Lassen Sie Ihr Sprunggelenk umgehend ärztlich versorgen.</translation>
    </message>
    <message>
        <source>It&apos;s time to see a doctor about your ankle.</source>
        <translation>Es ist Zeit, Ihr Sprunggelenk ärztlich abklären zu lassen.</translation>
    </message>
    <message>
        <source>Keep watching how your ankle feels.</source>
        <translation>Achten Sie weiter darauf, wie sich Ihr Sprunggelenk anfühlt.</translation>
    </message>
    <message>
        <source>You rated your pain {rating} out of 10 before this session. The article says not to try to tough out pain: if you&apos;re having pain, see a doctor and take it easy. You may still start: go gently, and stop if it hurts.</source>
        <translation>Sie haben Ihren Schmerz vor dieser Einheit mit {rating} von 10 bewertet. Der Artikel rät, Schmerzen nicht einfach auszuhalten: Wenn Sie Schmerzen haben, lassen Sie es ärztlich abklären und schonen Sie sich. Sie können trotzdem beginnen: Gehen Sie es sanft an und hören Sie auf, wenn es wehtut.</translation>
    </message>
    <message>
        <source>There are no check-ins yet.</source>
        <translation>Es gibt noch keine Schmerzabfragen.</translation>
    </message>
    <message>
        <source>There are no pain ratings so far; whether pain goes away is judged over at least {days} days of ratings.</source>
        <translation>Bisher gibt es keine Schmerzbewertungen; ob der Schmerz vergeht, wird über Bewertungen aus mindestens {days} Tagen beurteilt.</translation>
    </message>
    <message>
        <source>You rated your pain above 0 at your latest check-in. If it is still there {trend} days after the first of those ratings, that is a reason to see a doctor.</source>
        <translation>Sie haben Ihren Schmerz bei Ihrer letzten Schmerzabfrage über 0 bewertet. Wenn er {trend} Tage nach der ersten dieser Bewertungen noch da ist, ist das ein Grund, es ärztlich abklären zu lassen.</translation>
    </message>
    <message>
        <source>You rated your pain above 0 at each of your last {count} check-ins, since {day}. If it is still there {trend} days after the first of those ratings, that is a reason to see a doctor.</source>
        <translation>Sie haben Ihren Schmerz bei jeder Ihrer letzten {count} Schmerzabfragen seit {day} über 0 bewertet. Wenn er {trend} Tage nach der ersten dieser Bewertungen noch da ist, ist das ein Grund, es ärztlich abklären zu lassen.</translation>
    </message>
    <message>
        <source>You rated your pain above 0 at every check-in for {days} days. If it is still there {trend} days after the first of those ratings, that is a reason to see a doctor.</source>
        <translation>Sie haben Ihren Schmerz {days} Tage lang bei jeder Schmerzabfrage über 0 bewertet. Wenn er {trend} Tage nach der ersten dieser Bewertungen noch da ist, ist das ein Grund, es ärztlich abklären zu lassen.</translation>
    </message>
    <message>
        <source>None of the rules for seeing a doctor applies to your check-ins.</source>
        <translation>Keine der Regeln für eine ärztliche Abklärung trifft auf Ihre Schmerzabfragen zu.</translation>
    </message>
    <message>
        <source>If the pain doesn&apos;t go away or gets worse, or you are unsure whether your ankle is injured, see a doctor.</source>
        <translation>Wenn der Schmerz nicht vergeht oder stärker wird oder Sie unsicher sind, ob Ihr Sprunggelenk verletzt ist, lassen Sie es ärztlich abklären.</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>Day and month names as a date in a reason shows them (translated where they are said).</extracomment>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>August</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
</context>
<context>
    <name>core.window_state</name>
    <message>
        <source>{path} was left as it is: it is not a regular file</source>
        <extracomment>A window file is a few hundred bytes; a far larger one is not one, and is never parsed. The docked sidebar&apos;s width when the window closed, in px; 0 when not known (an older file). Qt&apos;s restoreState does not keep it: the pages are built after the state is applied, and the new middle gave its room to the sidebar (README &quot;Window&quot;). A sidebar width beyond this is not one (a damaged or hand-made file). The splitter between the middle and a docked sidebar, in px (a little more than Qt&apos;s). The inside of the window when neither maximised nor full screen. With the window system&apos;s frame, as it was then (maximised: the whole screen). QWidget.saveGeometry&apos;s magic number and the newest format version read (Qt 5.15 and 6). magic, major and minor version, frame and normal geometry (each x1 y1 x2 y2), screen number, maximised, full screen; big-endian as QDataStream writes it. A window frame wider than this on a side is not one (a damaged or hand-made file).</extracomment>
        <translation>{path} wurde nicht verändert: es ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>core.words.plans</name>
    <message>
        <source>Get ready</source>
        <extracomment>What a segment that is not exercise time is called in a line of text (translated where shown: `kind_word`).</extracomment>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>GET READY</source>
        <extracomment>A segment&apos;s kind in the timetable&apos;s column.</extracomment>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>WECHSEL</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>MANUAL</source>
        <translation>OHNE ZEIT</translation>
    </message>
    <message>
        <source>{sets} × {length} hold</source>
        <translation>{sets} × {length} halten</translation>
    </message>
    <message>
        <source>{length} hold</source>
        <translation>{length} halten</translation>
    </message>
    <message>
        <source>{sets} × 1 rep ({tempo})</source>
        <translation>{sets} × 1 Wiederholung ({tempo})</translation>
    </message>
    <message>
        <source>1 rep ({tempo})</source>
        <translation>1 Wiederholung ({tempo})</translation>
    </message>
    <message>
        <source>{sets} × {reps} reps ({tempo} each)</source>
        <translation>{sets} × {reps} Wiederholungen (je {tempo})</translation>
    </message>
    <message>
        <source>{reps} reps ({tempo} each)</source>
        <translation>{reps} Wiederholungen (je {tempo})</translation>
    </message>
    <message>
        <source>{sets} × at your own pace</source>
        <translation>{sets} × im eigenen Tempo</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>Im eigenen Tempo</translation>
    </message>
    <message>
        <source>each direction</source>
        <translation>in jede Richtung</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>auf jeder Seite</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>nur linke Seite</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>nur rechte Seite</translation>
    </message>
    <message>
        <source>rest {length} between sets</source>
        <translation>{length} Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>set {number} of {sets}</source>
        <translation>Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} Wiederholungen</translation>
    </message>
    <message>
        <source>next: {name}</source>
        <translation>als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Get ready next: {name}</source>
        <translation>Bereit machen, als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Rest next: {name}</source>
        <translation>Pause, als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Switch next: {name}</source>
        <translation>Wechsel, als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Left out, so that no cue talks over another:</source>
        <extracomment>The heading of the cues a Plan left out, after its timetable (translated where shown: `dropped_heading`).</extracomment>
        <translation>Weggelassen, damit sich keine Ansagen überschneiden:</translation>
    </message>
    <message>
        <source>until Done</source>
        <translation>bis „Fertig“</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
</context>
<context>
    <name>core.words.sides</name>
    <message>
        <source>clockwise</source>
        <translation>im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>counter-clockwise</source>
        <translation>gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>anticlockwise</source>
        <translation>gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
</context>
<context>
    <name>core.words.times</name>
    <message>
        <source>1 minute left</source>
        <translation>noch eine Minute</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>noch eine Sekunde</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} Sekunden</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>qt.cue_player</name>
    <message>
        <source>The cue sounds could not be read or saved: {reason}.</source>
        <extracomment>Makes the playable sound of a WAV file, at a volume from 0 to 1, owned by a parent QObject. After this long with nothing to say the sound device is let go (so the sound card may sleep and an idle app costs no CPU); `wake()`, before a session runs, opens it again. After a cue has been said, and this long for the device to play out what it holds, the device is stopped (opened still): it plays nothing between cues. Whether this player holds the process&apos;s sound output open (the real one only).</extracomment>
        <translation>Die Töne der Ansagen konnten nicht gelesen oder gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>speech.espeak</name>
    <message>
        <source>No speech library was found: install the espeakng-loader Python package (pip install espeakng-loader) or the espeak-ng system package (sudo apt install espeak-ng).</source>
        <extracomment>Why there is no voice, in English (said in the user&apos;s language by `prepare_espeak`).</extracomment>
        <translation>Keine Sprachbibliothek gefunden: bitte das Python-Paket espeakng-loader (pip install espeakng-loader) oder das Systempaket espeak-ng (sudo apt install espeak-ng) installieren.</translation>
    </message>
    <message>
        <source>The speech library {library} named by {variable} cannot be loaded: unset {variable} or point it at a libespeak-ng.so.1 file.</source>
        <translation>Die in {variable} angegebene Sprachbibliothek {library} lässt sich nicht laden: {variable} entfernen oder auf eine Datei libespeak-ng.so.1 zeigen lassen.</translation>
    </message>
</context>
<context>
    <name>speech.facts</name>
    <message>
        <source>it holds no sound</source>
        <extracomment>The `format` of a facts file; one of another format is measured again, never misread. A facts file is some 150 bytes; a longer one is not a facts file.</extracomment>
        <translation>sie enthält keinen Ton</translation>
    </message>
    <message>
        <source>it is {size} bytes long, not the {rendered} rendered</source>
        <translation>sie ist {size} Byte groß statt der erzeugten {rendered}</translation>
    </message>
    <message>
        <source>its header says {frames} frames of {channels} x {bits}-bit at {rate} Hz, not the {rendered_frames} frames of {rendered_channels} x {rendered_bits}-bit at {rendered_rate} Hz rendered</source>
        <translation>ihr Kopf nennt {frames} Frames mit {channels} × {bits} Bit bei {rate} Hz statt der erzeugten {rendered_frames} Frames mit {rendered_channels} × {rendered_bits} Bit bei {rendered_rate} Hz</translation>
    </message>
    <message>
        <source>its samples are not those rendered (their checksum differs)</source>
        <translation>ihre Samples sind nicht die erzeugten (die Prüfsumme weicht ab)</translation>
    </message>
    <message>
        <source>it is damaged: {error}</source>
        <translation>sie ist beschädigt: {error}</translation>
    </message>
    <message>
        <source>it cannot be read: {error}</source>
        <translation>sie kann nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>speech.playback</name>
    <message>
        <source>the sound output failed: {error}</source>
        <extracomment>The format espeak-ng renders and the beeps are written in: what the device is opened with. The device asks for sound this often. How long the device is started on silence after it opens, to prime it.</extracomment>
        <translation>die Tonausgabe ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Sound cannot play because the audio library did not load ({detail}), so cues are shown on screen only. Reinstalling Ankle Coach (pip install --force-reinstall miniaudio) may fix it.</source>
        <translation>Ton kann nicht abgespielt werden, weil die Audiobibliothek nicht geladen wurde ({detail}); die Ansagen erscheinen daher nur auf dem Bildschirm. Ankle Coach neu zu installieren (pip install --force-reinstall miniaudio) kann helfen.</translation>
    </message>
    <message>
        <source>no sound system is built in</source>
        <translation>kein Soundsystem eingebaut</translation>
    </message>
    <message>
        <source>No sound server answered and no sound device could be opened ({detail}), so cues are shown on screen only. Check that PulseAudio, PipeWire or your sound card is working and that speakers or headphones are connected, then start the session again.</source>
        <translation>Kein Soundserver hat geantwortet und kein Audiogerät ließ sich öffnen ({detail}); die Ansagen erscheinen daher nur auf dem Bildschirm. Bitte prüfen, ob PulseAudio, PipeWire oder die Soundkarte funktioniert und Lautsprecher oder Kopfhörer angeschlossen sind, dann erneut starten.</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>Fehler {code}</translation>
    </message>
    <message>
        <source>not running or not installed</source>
        <extracomment>The sound systems tried, in order, by platform; miniaudio&apos;s own order, less its null device (which &quot;plays&quot; into nothing and would hide that no sound is heard). What users call each sound system, for the reason given when none opens.</extracomment>
        <translation>läuft nicht oder ist nicht installiert</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>kein Gerät</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>startete nicht</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>{sound}: cannot be played ({error})</source>
        <extracomment>Guards the device: opening, starting, stopping, closing (the caller&apos;s threads). Guards the sound playing, which the device&apos;s thread reads. Never held while the device is started or stopped: stopping waits for the device&apos;s thread. Which sound system plays, once open (&quot;PulseAudio&quot;, &quot;ALSA&quot;, ...). time.monotonic() of each step of the last open(): &quot;asked&quot;, &quot;open&quot;, &quot;primed&quot;.</extracomment>
        <translation>{sound}: kann nicht abgespielt werden ({error})</translation>
    </message>
    <message>
        <source>{sound}: cannot be played ({channels} channel(s) at {rate} Hz; 1 at {expected} Hz expected)</source>
        <translation>{sound}: kann nicht abgespielt werden ({channels} Kanal/Kanäle mit {rate} Hz; erwartet: 1 mit {expected} Hz)</translation>
    </message>
</context>
<context>
    <name>speech.render</name>
    <message>
        <source>{folder}: no space left on device for the cue sounds; free some space, then try again.</source>
        <extracomment>Called with (texts rendered so far, texts to render) after each newly rendered text, on the thread that called render(); not called for texts already in the cache. How long the worker may stay silent (starting up, or on one text) before it is stopped. Where a process cannot be asked whether it runs (Windows), its partial file is stale when this old (`remove_stale_partials`). How often a silent worker&apos;s render is looked at (`run_worker`&apos;s while_quiet), in seconds.</extracomment>
        <translation>{folder}: kein Speicherplatz mehr für die Ansagen; bitte Platz schaffen und es erneut versuchen.</translation>
    </message>
    <message>
        <source>{folder}: the cue sounds cannot be written there: {error}.</source>
        <translation>{folder}: die Ansagen können dort nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>{count} cached cue sound(s) were damaged and could not be rendered again (the first, {text}: {why}). {reason}</source>
        <extracomment>How many worker processes this renderer has started.</extracomment>
        <translation>{count} gespeicherte Ansage(n) waren beschädigt und konnten nicht neu erzeugt werden (die erste, {text}: {why}). {reason}</translation>
    </message>
    <message>
        <source>The cue cache {folder} cannot be created: {error}.</source>
        <translation>Der Ansagen-Zwischenspeicher {folder} kann nicht angelegt werden: {error}.</translation>
    </message>
    <message>
        <source>{failed} of {total} cues could not be rendered; the first: {first}.</source>
        <translation>{failed} von {total} Ansagen konnten nicht erzeugt werden; die erste: {first}.</translation>
    </message>
    <message>
        <source>The speech worker finished without rendering {absent} of {total} cues (the first: {first}).</source>
        <translation>Der Sprachprozess hat sich beendet, ohne {absent} von {total} Ansagen zu erzeugen (die erste: {first}).</translation>
    </message>
    <message>
        <source>The speech worker could not start: {error}.</source>
        <translation>Der Sprachprozess konnte nicht starten: {error}.</translation>
    </message>
    <message>
        <source>The speech worker gave no answer for {seconds} seconds and was stopped.</source>
        <translation>Der Sprachprozess hat {seconds} Sekunden lang nicht geantwortet und wurde beendet.</translation>
    </message>
    <message>
        <source>The speech worker did not exit after its last answer and was stopped.</source>
        <translation>Der Sprachprozess hat sich nach seiner letzten Antwort nicht beendet und wurde gestoppt.</translation>
    </message>
    <message>
        <source>The speech worker was stopped by signal {signal}.</source>
        <translation>Der Sprachprozess wurde durch Signal {signal} beendet.</translation>
    </message>
    <message>
        <source>The speech worker failed (exit status {status}): {detail}</source>
        <translation>Der Sprachprozess ist fehlgeschlagen (Exit-Status {status}): {detail}</translation>
    </message>
    <message>
        <source>The speech worker failed (exit status {status}).</source>
        <translation>Der Sprachprozess ist fehlgeschlagen (Exit-Status {status}).</translation>
    </message>
</context>
<context>
    <name>speech.worker</name>
    <message>
        <source>espeak wrote an empty file twice</source>
        <extracomment>How long one utterance may take to render (they take ~10 ms to 0.2 s here). The app that started it is gone (nobody reads this status; see `leave_when_orphaned`). How often the worker looks whether the app that started it is still there, in seconds. The language of the texts; None: say them in the chosen or default voice as it is.</extracomment>
        <translation>espeak hat zweimal eine leere Datei geschrieben</translation>
    </message>
    <message>
        <source>The speech engine did not finish {text} within {seconds} seconds.</source>
        <translation>Die Sprachausgabe hat {text} nicht innerhalb von {seconds} Sekunden fertiggestellt.</translation>
    </message>
    <message>
        <source>the speech engine failed: {error}</source>
        <translation>die Sprachausgabe ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>the speech engine wrote no usable WAV: {error}</source>
        <translation>die Sprachausgabe hat keine brauchbare WAV-Datei geschrieben: {error}</translation>
    </message>
    <message>
        <source>The speech engine could not start: {error}</source>
        <translation>Die Sprachausgabe konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>There is no voice {voice}; choose one of the installed voices.</source>
        <translation>Es gibt keine Stimme {voice}; bitte eine der installierten Stimmen wählen.</translation>
    </message>
    <message>
        <source>cannot write {file}: {error}</source>
        <translation>{file} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>{folder}: no space left on device for the cue sounds; free some space, then try again.</source>
        <translation>{folder}: kein Speicherplatz mehr für die Ansagen; bitte Platz schaffen und es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>terminal</name>
    <message>
        <source>Preparing the voice: {done} of {total} cues</source>
        <extracomment>Exit status after Ctrl-C, as shells expect (128 + SIGINT). The signals that end a session cleanly, the terminal restored: the exit status is 128 + the signal&apos;s number, as a shell reports a process killed by it (SIGTERM 143, SIGHUP 129, SIGQUIT 131). SIGQUIT would otherwise dump core with the terminal still in cbreak mode. The progress bar is shortened down to this many cells before anything else goes. The segment&apos;s words are cut to no fewer columns than this before the bar and clock go. Erase from the cursor to the end of the line (ECMA-48 EL), after a line drawn in place. Once the routine is complete, how long to let its last words be heard at most. Cues not printed on a terminal: the progress line shows the rep and the time left already.</extracomment>
        <translation>Stimme wird vorbereitet: {done} von {total} Ansagen</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation>Keine Stimme: {reason}</translation>
    </message>
    <message>
        <source>(passed while busy, not said late: {cues})</source>
        <translation>(verpasst, weil beschäftigt, nicht verspätet angesagt: {cues})</translation>
    </message>
    <message>
        <source>press d when done</source>
        <translation>d drücken, wenn fertig</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>{segment}, rep {rep} of {reps}</source>
        <translation>{segment}, Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>Stumm.</translation>
    </message>
    <message>
        <source>Sound on.</source>
        <translation>Ton an.</translation>
    </message>
    <message>
        <source>Routine complete.</source>
        <translation>Programm abgeschlossen.</translation>
    </message>
    <message>
        <source>Space pause, n next, b back, r restart exercise, d done, +/- 5 s, m mute, q quit</source>
        <translation>Leertaste Pausieren, n weiter, b zurück, r Übung neu, d fertig, +/- 5 s, m Stumm, q beenden</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>Stopped by {signal}.</source>
        <translation>Durch {signal} beendet.</translation>
    </message>
</context>
<context>
    <name>ui.actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Marked with QT_TRANSLATE_NOOP in the context &quot;ui.actions&quot;; translated when shown. A line above it in its menu. The menus, in order: their names and titles. The Session menu holds the SessionActions.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open routine file…</source>
        <translation>Programmdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <source>Ed&amp;it routine…</source>
        <translation>Programm bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation>Programm d&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Programm &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>Programm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Übungsblatt als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Reload routines</source>
        <translation>Programme neu &amp;laden</translation>
    </message>
    <message>
        <source>Show &amp;my routines folder</source>
        <translation>Ordner „Meine Programme“ &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Pain &amp;check-in…</source>
        <translation>&amp;Schmerzabfrage…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>&amp;About Ankle Coach</source>
        <translation>Ü&amp;ber Ankle Coach</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start of this or the last step</source>
        <translation>Zurück zum Anfang dieses oder des vorigen Schritts</translation>
    </message>
    <message>
        <source>Restart exercise</source>
        <translation>Übung neu beginnen</translation>
    </message>
    <message>
        <source>Start this exercise again</source>
        <translation>Diese Übung noch einmal von vorn beginnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finish a step done at your own pace</source>
        <translation>Einen Schritt im eigenen Tempo abschließen</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Hold {seconds} seconds longer</source>
        <translation>{seconds} Sekunden länger halten</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Hold {seconds} seconds less</source>
        <translation>{seconds} Sekunden kürzer halten</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Turn the voice off or on</source>
        <translation>Stimme aus- oder einschalten</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, for showing a patient</source>
        <translation>Vollbild mit großer Schrift, zum Zeigen für Patienten</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Training beenden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
</context>
<context>
    <name>ui.check_in.dialog</name>
    <message>
        <source>Before you start: how does your ankle feel?</source>
        <extracomment>The question, by when it is asked (translated where shown).</extracomment>
        <translation>Vor dem Start: Wie fühlt sich Ihr Sprunggelenk an?</translation>
    </message>
    <message>
        <source>After the session: how does your ankle feel?</source>
        <translation>Nach dem Training: Wie fühlt sich Ihr Sprunggelenk an?</translation>
    </message>
    <message>
        <source>How does your ankle feel?</source>
        <translation>Wie fühlt sich Ihr Sprunggelenk an?</translation>
    </message>
    <message>
        <source>No pain</source>
        <extracomment>Words under the scale, at 0, 5 and 10 (translated where shown).</extracomment>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Stärkster vorstellbarer</translation>
    </message>
    <message>
        <source>Pain {rating} out of 10</source>
        <extracomment>A checked rating takes a colour from calm to alarming, so the choice reads at a glance; its number is drawn in black or white, whichever reads better (4.5:1 or more, ui/theme.py). The keys that move the rating: back and forward, as in any group of radio buttons. The type of a rating&apos;s number, relative to the app font.</extracomment>
        <translation>Schmerz {rating} von 10</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerzabfrage</translation>
    </message>
    <message>
        <source>Your pain right now, from 0 (none) to 10 (the worst you can imagine). Leave it out if you&apos;d rather not say.</source>
        <translation>Ihr Schmerz im Moment, von 0 (keiner) bis 10 (der stärkste vorstellbare). Lassen Sie es offen, wenn Sie es lieber nicht angeben möchten.</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Leave the pain rating out</source>
        <translation>Schmerzwert nicht angeben</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>Haben Sie gerade eines dieser Anzeichen?</translation>
    </message>
    <message>
        <source>Any of these means it&apos;s time to see a doctor; Ankle Coach will say so.</source>
        <translation>Jedes davon heißt: ärztlich abklären lassen. Ankle Coach weist Sie darauf hin.</translation>
    </message>
    <message>
        <source>Don&apos;t ask me before and after sessions</source>
        <translation>Vor und nach dem Training nicht mehr fragen</translation>
    </message>
    <message>
        <source>You can turn the check-ins back on in Settings.</source>
        <translation>Die Schmerzabfrage lässt sich in den Einstellungen wieder einschalten.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Schmerzabfrage überspringen</translation>
    </message>
    <message>
        <source>No rating chosen.</source>
        <translation>Kein Wert gewählt.</translation>
    </message>
    <message>
        <source>Pain: {rating} out of 10 ({words}).</source>
        <translation>Schmerz: {rating} von 10 ({words}).</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>the worst imaginable</source>
        <translation>der stärkste vorstellbare</translation>
    </message>
</context>
<context>
    <name>ui.check_in.flow</name>
    <message>
        <source>Start the routine anyway?</source>
        <translation>Programm trotzdem starten?</translation>
    </message>
    <message>
        <source>{urgent_care} Ankle Coach advises against exercising the ankle until a clinician has seen it.

Do you still want to start the routine?</source>
        <translation>{urgent_care} Ankle Coach rät davon ab, das Sprunggelenk zu trainieren, bevor es ärztlich untersucht wurde.

Möchten Sie das Programm trotzdem starten?</translation>
    </message>
    <message>
        <source>Yes, start anyway</source>
        <translation>Ja, trotzdem starten</translation>
    </message>
    <message>
        <source>Don&apos;t start</source>
        <translation>Nicht starten</translation>
    </message>
</context>
<context>
    <name>ui.check_in.notice</name>
    <message>
        <source>When to see a doctor</source>
        <extracomment>(bar on light, bar on dark, light tint, dark tint) by level: red to act on, blue to watch.</extracomment>
        <translation>Wann zum Arzt?</translation>
    </message>
    <message>
        <source>Open the guidance: when to see a doctor</source>
        <translation>Hinweise öffnen: wann ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>How is this decided?</source>
        <translation>Wie wird das entschieden?</translation>
    </message>
    <message>
        <source>Who to see: {who}</source>
        <translation>Ansprechpartner: {who}</translation>
    </message>
    <message>
        <source>Advice from your check-ins: see a doctor</source>
        <translation>Empfehlung aus Ihren Schmerzabfragen: ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>Advice from your check-ins: keep watching</source>
        <translation>Empfehlung aus Ihren Schmerzabfragen: weiter beobachten</translation>
    </message>
    <message>
        <source>Hide the rules</source>
        <translation>Regeln ausblenden</translation>
    </message>
    <message>
        <source>Ankle Coach says it&apos;s time to see a doctor when any of these is true:</source>
        <translation>Ankle Coach rät zur ärztlichen Abklärung, wenn einer dieser Punkte zutrifft:</translation>
    </message>
    <message>
        <source>About your check-in</source>
        <translation>Zu Ihrer Schmerzabfrage</translation>
    </message>
    <message>
        <source>If it hurts, don&apos;t try to tough it out: rest instead of doing this routine.</source>
        <translation>Wenn es schmerzt, nicht die Zähne zusammenbeißen: Lieber schonen, statt dieses Programm zu machen.</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Don&apos;t start</source>
        <translation>Nicht starten</translation>
    </message>
</context>
<context>
    <name>ui.editor.dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>Änderungen an „{title}“ speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Bilddatei auswählen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>ui.editor.exercises</name>
    <message>
        <source>Ankle circles</source>
        <extracomment>The illustration combo&apos;s item that asks for a file instead of naming an image. The built-in illustrations by file, as the illustration list names them.</extracomment>
        <translation>Fußkreisen</translation>
    </message>
    <message>
        <source>Ankle rolls</source>
        <translation>Sprunggelenk lockern</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Wadendehnung</translation>
    </message>
    <message>
        <source>Foot massage</source>
        <translation>Fußmassage</translation>
    </message>
    <message>
        <source>Running in place</source>
        <translation>Laufen auf der Stelle</translation>
    </message>
    <message>
        <source>Exercises</source>
        <extracomment>The validator&apos;s messages about the list as a whole (&quot;add at least one&quot;).</extracomment>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the chosen exercise</source>
        <translation>Strg+Nach-oben und Strg+Nach-unten verschieben die gewählte Übung</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Add an exercise after the chosen one</source>
        <translation>Eine Übung nach der gewählten hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the chosen exercise</source>
        <translation>Eine Kopie der gewählten Übung hinzufügen</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Übung entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen exercise</source>
        <translation>Die gewählte Übung entfernen</translation>
    </message>
    <message>
        <source>Move exercise up</source>
        <translation>Übung nach oben</translation>
    </message>
    <message>
        <source>Move the chosen exercise up (Ctrl+Up)</source>
        <translation>Die gewählte Übung nach oben verschieben (Strg+Nach-oben)</translation>
    </message>
    <message>
        <source>Move exercise down</source>
        <translation>Übung nach unten</translation>
    </message>
    <message>
        <source>Move the chosen exercise down (Ctrl+Down)</source>
        <translation>Die gewählte Übung nach unten verschieben (Strg+Nach-unten)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>This exercise has problems</source>
        <translation>Diese Übung hat Probleme</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>e.g. slow on the way down</source>
        <translation>z. B. langsam absenken</translation>
    </message>
    <message>
        <source>Chosen illustration</source>
        <translation>Gewählte Abbildung</translation>
    </message>
    <message>
        <source>e.g. up, down</source>
        <translation>z. B. hoch, runter</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <extracomment>The input of each field of an exercise (&quot;directions&quot;: where they are typed). The line for the validator&apos;s messages about each field; &quot;&quot; for the exercise itself.</extracomment>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>The exercise&apos;s name, said as it starts</source>
        <translation>Der Name der Übung; wird zu Beginn angesagt</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>What to do, said at the first set</source>
        <translation>Was zu tun ist; wird beim ersten Satz angesagt</translation>
    </message>
    <message>
        <source>Custom cue</source>
        <translation>Eigener Hinweis</translation>
    </message>
    <message>
        <source>A few words the voice says as each set starts, after the call; optional</source>
        <translation>Ein paar Worte, die die Stimme zu Beginn jedes Satzes nach der Ansage sagt; optional</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>A built-in drawing, or an image file of your own</source>
        <translation>Eine mitgelieferte Zeichnung oder eine eigene Bilddatei</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Each set is done once per side</source>
        <translation>Jeder Satz wird einmal pro Seite ausgeführt</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>Each set is done once per direction</source>
        <translation>Jeder Satz wird einmal pro Richtung ausgeführt</translation>
    </message>
    <message>
        <source>Custom directions</source>
        <translation>Eigene Richtungen</translation>
    </message>
    <message>
        <source>Directions, separated by commas</source>
        <translation>Richtungen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>How many sets</source>
        <translation>Wie viele Sätze</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Held, counted in reps, timed, or at own pace</source>
        <translation>Gehalten, in Wiederholungen gezählt, auf Zeit oder im eigenen Tempo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>How long each hold lasts</source>
        <translation>Wie lange jedes Halten dauert</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>The tempo the reps are counted at</source>
        <translation>Das Tempo, in dem die Wiederholungen gezählt werden</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long each set lasts</source>
        <translation>Wie lange jeder Satz dauert</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>Rest after each set but the last</source>
        <translation>Pause nach jedem Satz außer dem letzten</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Wechselzeit</translation>
    </message>
    <message>
        <source>Time to change sides or directions</source>
        <translation>Zeit, um Seite oder Richtung zu wechseln</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Instr&amp;uctions</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>Illus&amp;tration</source>
        <translation>Abbi&amp;ldung</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>Dir&amp;ections</source>
        <translation>&amp;Richtungen</translation>
    </message>
    <message>
        <source>Cust&amp;om directions</source>
        <translation>&amp;Eigene Richtungen</translation>
    </message>
    <message>
        <source>Set&amp;s</source>
        <translation>Sä&amp;tze</translation>
    </message>
    <message>
        <source>&amp;How it is done</source>
        <translation>A&amp;usführung</translation>
    </message>
    <message>
        <source>Hold &amp;for</source>
        <translation>Halte&amp;zeit</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>Seconds pe&amp;r rep</source>
        <translation>Se&amp;kunden pro Wiederholung</translation>
    </message>
    <message>
        <source>S&amp;witch time</source>
        <translation>We&amp;chselzeit</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Übung {number}</translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation>Keine Abbildung</translation>
    </message>
    <message>
        <source>Choose image file…</source>
        <translation>Bilddatei auswählen …</translation>
    </message>
</context>
<context>
    <name>ui.editor.images</name>
    <message>
        <source>{file}: larger than {size}</source>
        <translation>{file}: größer als {size}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.editor.languages</name>
    <message>
        <source>Language of the texts</source>
        <translation>Sprache der Texte</translation>
    </message>
    <message>
        <source>The language of the texts shown and edited. Numbers, sides, pictures and tags are the same in every language.</source>
        <translation>Die Sprache der angezeigten und bearbeiteten Texte. Zahlen, Seiten, Bilder und Schlagwörter sind in jeder Sprache gleich.</translation>
    </message>
    <message>
        <source>The routine&apos;s own texts, in English.</source>
        <extracomment>What the language shown means: laid out by the editor, across the form&apos;s width.</extracomment>
        <translation>Die eigenen Texte des Programms, auf Englisch.</translation>
    </message>
    <message>
        <source>Empty fields use the English. Numbers, sides and pictures are shared.</source>
        <translation>Leere Felder verwenden den englischen Text. Zahlen, Seiten und Bilder gelten für alle Sprachen.</translation>
    </message>
</context>
<context>
    <name>ui.editor.layout</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The routine&apos;s name, as the library lists it</source>
        <translation>Der Name des Programms, wie die Bibliothek ihn zeigt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the routine is for, shown before it starts</source>
        <translation>Wofür das Programm gedacht ist; wird vor dem Start gezeigt</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Get-ready time before the first exercise</source>
        <translation>Zeit zum Bereitmachen vor der ersten Übung</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>Rest before each next exercise</source>
        <translation>Pause vor jeder weiteren Übung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Words to find the routine by, separated by commas</source>
        <translation>Wörter, über die man das Programm findet, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Plan preview</source>
        <translation>Planvorschau</translation>
    </message>
    <message>
        <source>Each step of the routine and what is said</source>
        <translation>Jeder Schritt des Programms und was dabei gesagt wird</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Rückgängig gemachte Änderung wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Run the routine as it is now, without saving it</source>
        <translation>Das Programm so starten, wie es jetzt ist, ohne es zu speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Programm speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the editor (Esc)</source>
        <translation>Editor schließen (Esc)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Zusa&amp;mmenfassung</translation>
    </message>
    <message>
        <source>&amp;Lead-in</source>
        <translation>Vorlau&amp;fzeit</translation>
    </message>
    <message>
        <source>Rest between e&amp;xercises</source>
        <translation>&amp;Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schla&amp;gwörter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Plan pre&amp;view</source>
        <translation>Plan&amp;vorschau</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;bleme</translation>
    </message>
</context>
<context>
    <name>ui.editor.list_edits</name>
    <message>
        <source>Exercise {number}</source>
        <translation>Übung {number}</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Übung entfernen</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Übung verschieben</translation>
    </message>
</context>
<context>
    <name>ui.editor.preview</name>
    <message>
        <source>Fix the problems below to see the plan.</source>
        <extracomment>What the preview says while the routine breaks a rule.</extracomment>
        <translation>Beheben Sie die Probleme unten, um den Plan zu sehen.</translation>
    </message>
</context>
<context>
    <name>ui.editor.problems</name>
    <message>
        <source>No problems: the routine can be saved.</source>
        <extracomment>The list item of the lead-in warning carries this instead of a Problem. The list&apos;s only line while nothing is wrong (translated where it is shown: no_problems()).</extracomment>
        <translation>Keine Probleme: Das Programm kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Warning – Lead-in: {lead_in} s is too short for the get-ready to say what comes first and count down from 3; it needs {needed} s.</source>
        <translation>Warnung – Vorlaufzeit: {lead_in} s reichen nicht, um die erste Übung anzusagen und von 3 herunterzuzählen; nötig sind {needed} s.</translation>
    </message>
    <message>
        <source>Error: {problems}</source>
        <translation>Fehler: {problems}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>What must be fixed before saving; Enter goes there</source>
        <translation>Was vor dem Speichern behoben werden muss; die Eingabetaste springt dorthin</translation>
    </message>
    <message>
        <source>Use the lead-in needed</source>
        <translation>Nötige Vorlaufzeit übernehmen</translation>
    </message>
    <message>
        <source>The problem found last</source>
        <extracomment>What was wrong at the last check, by field: a field is announced when it goes wrong. The last announcement as a label&apos;s text and name, for readers that follow text changes rather than announcement events; kept out of sight.</extracomment>
        <translation>Das zuletzt gefundene Problem</translation>
    </message>
    <message>
        <source>Use a {needed} s lead-in</source>
        <translation>{needed} s Vorlaufzeit verwenden</translation>
    </message>
    <message>
        <source>Use a lead-in of {needed} seconds</source>
        <translation>Eine Vorlaufzeit von {needed} Sekunden verwenden</translation>
    </message>
    <message>
        <source>Set the lead-in to {needed} s</source>
        <translation>Vorlaufzeit auf {needed} s setzen</translation>
    </message>
</context>
<context>
    <name>ui.editor.undo</name>
    <message>
        <source>Change title</source>
        <extracomment>The undo step of a change of each field (of the routine, or of the chosen exercise), as Edit &gt; Undo and a screen reader name it: whole phrases, so each language words its own.</extracomment>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>Zusammenfassung ändern</translation>
    </message>
    <message>
        <source>Change lead-in</source>
        <translation>Vorlaufzeit ändern</translation>
    </message>
    <message>
        <source>Change rest between exercises</source>
        <translation>Pause zwischen Übungen ändern</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>Anleitung ändern</translation>
    </message>
    <message>
        <source>Change custom cue</source>
        <translation>Eigenen Hinweis ändern</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Seiten ändern</translation>
    </message>
    <message>
        <source>Change directions</source>
        <translation>Richtungen ändern</translation>
    </message>
    <message>
        <source>Change how it is done</source>
        <translation>Ausführung ändern</translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation>Sätze ändern</translation>
    </message>
    <message>
        <source>Change hold</source>
        <translation>Haltezeit ändern</translation>
    </message>
    <message>
        <source>Change reps</source>
        <translation>Wiederholungen ändern</translation>
    </message>
    <message>
        <source>Change seconds per rep</source>
        <translation>Sekunden pro Wiederholung ändern</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Change rest between sets</source>
        <translation>Pause zwischen Sätzen ändern</translation>
    </message>
    <message>
        <source>Change switch time</source>
        <translation>Wechselzeit ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>ui.editor.window</name>
    <message>
        <source>New routine[*]</source>
        <extracomment>What undo reads to merge quick typing into one step (a FakeClock in tests). The form as last saved, or as opened: closing an untouched editor loses nothing. The lead-in the get-ready needs, when the routine&apos;s is too short for it.</extracomment>
        <translation>Neues Programm[*]</translation>
    </message>
    <message>
        <source>Edit routine[*]</source>
        <translation>Programm bearbeiten[*]</translation>
    </message>
    <message>
        <source>after-run, stretch</source>
        <translation>nach-dem-Laufen, dehnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>Auspr&amp;obieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Change illustration</source>
        <translation>Abbildung ändern</translation>
    </message>
    <message>
        <source>{file} {problem}; not used.</source>
        <translation>{file} {problem}; nicht verwendet.</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Bilddatei auswählen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>{title}[*] — Routine editor</source>
        <translation>{title}[*] — Programm-Editor</translation>
    </message>
    <message>
        <source>Not saved: fix the problems first.</source>
        <translation>Nicht gespeichert: Beheben Sie zuerst die Probleme.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Nicht gespeichert: {problems}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
</context>
<context>
    <name>ui.guidance.dock_title</name>
    <message>
        <source>Detach the sidebar into a window of its own</source>
        <translation>Seitenleiste als eigenes Fenster lösen</translation>
    </message>
    <message>
        <source>Close the sidebar (View menu opens it again)</source>
        <translation>Seitenleiste schließen (über das Menü „Ansicht“ wieder öffnen)</translation>
    </message>
    <message>
        <source>Detach {title}</source>
        <translation>{title} lösen</translation>
    </message>
    <message>
        <source>Close {title}</source>
        <translation>{title} schließen</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>ui.guidance.ice</name>
    <message>
        <source>Ice off.</source>
        <extracomment>The countdown&apos;s size, relative to the app font. The words shown when the timer ends: as large as the countdown they replace, to be read by someone lying down with the foot up, a couple of metres from the screen. What the end shows that large; the whole sentence (&quot;20 minutes are up. …&quot;) is under it.</extracomment>
        <translation>Eis ab.</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Makes the cue player that says the end: the session&apos;s player, with the user&apos;s voice and sound (voice, beeps or mute) as they are when it is made; its parent is the ice box.</extracomment>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the ice timer</source>
        <translation>Eis-Timer starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the ice timer</source>
        <translation>Eis-Timer pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the ice timer</source>
        <translation>Eis-Timer fortsetzen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start the ice timer again</source>
        <translation>Eis-Timer neu starten</translation>
    </message>
    <message>
        <source>{minutes} minutes (the article recommends at least 20; the timer stops there, the app&apos;s caution).</source>
        <translation>{minutes} Minuten (der Artikel empfiehlt mindestens 20; der Timer hört aus Vorsicht dort auf).</translation>
    </message>
    <message>
        <source>{seconds} seconds (the article recommends at least 20 minutes; the timer stops there, the app&apos;s caution).</source>
        <translation>{seconds} Sekunden (der Artikel empfiehlt mindestens 20 Minuten; der Timer hört aus Vorsicht dort auf).</translation>
    </message>
    <message>
        <source>Wrap the ice; never put it directly on the skin. Take it off sooner if the skin goes numb, white or starts to hurt.</source>
        <translation>Eis in ein Tuch wickeln, nie direkt auf die Haut legen. Früher abnehmen, wenn die Haut taub oder weiß wird oder zu schmerzen beginnt.</translation>
    </message>
    <message>
        <source>Ice timer</source>
        <extracomment>Why the end was not heard (no voice, no audio output), once known.</extracomment>
        <translation>Eis-Timer</translation>
    </message>
    <message>
        <source>Ice time left</source>
        <translation>Verbleibende Kühlzeit</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the ice timer</source>
        <translation>Eis-Timer zurücksetzen</translation>
    </message>
    <message>
        <source>Icing…</source>
        <translation>Kühlen läuft…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>{words} No voice: the system beep sounded instead.</source>
        <translation>{words} Keine Stimme: Stattdessen ertönte der Systemton.</translation>
    </message>
</context>
<context>
    <name>ui.guidance.panel</name>
    <message>
        <source>PRICE</source>
        <extracomment>The least share of the panel&apos;s height the scrolling sections keep (see _place_disclaimer). The short names of the sections on the jump buttons.</extracomment>
        <translation>PRICE</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Guidance: PRICE, when to see a doctor, causes</source>
        <extracomment>The panel&apos;s Tab stops in Tab order (its buttons and headings and paragraphs): TabStops finds the ones next to the focus here, never in Qt&apos;s widgets.</extracomment>
        <translation>Hinweise: PRICE, wann ärztlich abklären lassen, Ursachen</translation>
    </message>
    <message>
        <source>Open routine:
{routine}</source>
        <translation>Programm öffnen:
{routine}</translation>
    </message>
    <message>
        <source>Open the routine {routine}</source>
        <translation>Programm „{routine}“ öffnen</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Gehe zu:</translation>
    </message>
    <message>
        <source>Go to {section}</source>
        <translation>Gehe zu {section}</translation>
    </message>
    <message>
        <source>The guidance could not be loaded.</source>
        <translation>Die Hinweise konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>See: {section}</source>
        <translation>Siehe: {section}</translation>
    </message>
    <message>
        <source>Ankle Coach does not replace a clinician.</source>
        <translation>Ankle Coach ersetzt keine ärztliche oder physiotherapeutische Behandlung.</translation>
    </message>
</context>
<context>
    <name>ui.handout.sheet</name>
    <message>
        <source>no printer was chosen, and no file to print to</source>
        <extracomment>Fewer lines, to keep the notes on the page of the last exercise. Dots per inch of the PDF&apos;s coordinates; text and drawings stay vectors whatever it is. Marks advice that is Ankle Coach&apos;s own, not the article&apos;s (explained under each box).</extracomment>
        <translation>es wurde kein Drucker und keine Datei zum Drucken gewählt</translation>
    </message>
    <message>
        <source>the printer “{name}” reported an error; the handout may not have printed</source>
        <translation>der Drucker „{name}“ hat einen Fehler gemeldet; das Übungsblatt wurde womöglich nicht gedruckt</translation>
    </message>
    <message>
        <source>the printer reported an error; the handout may not have printed</source>
        <translation>der Drucker hat einen Fehler gemeldet; das Übungsblatt wurde womöglich nicht gedruckt</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>der Drucker konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the printer could not start page {number}</source>
        <translation>der Drucker konnte Seite {number} nicht beginnen</translation>
    </message>
    <message>
        <source>the PDF could not start page {number}</source>
        <translation>im PDF konnte Seite {number} nicht begonnen werden</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Ihre Übungen</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>ANKLE COACH · YOUR EXERCISE ROUTINE</source>
        <translation>ANKLE COACH · IHR ÜBUNGSPROGRAMM</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Notes from your physiotherapist</source>
        <translation>Notizen aus der Physiotherapie</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>{mark} Ankle Coach&apos;s own cautious advice, beyond the article it is based on.</source>
        <translation>{mark} Vorsichtiger Rat von Ankle Coach selbst, über den zugrunde liegenden Artikel hinaus.</translation>
    </message>
    <message>
        <source>The exercises and the advice on this sheet come from the article “{article}”; what Ankle Coach adds is marked {mark}.</source>
        <translation>Die Übungen und Hinweise auf diesem Blatt stammen aus dem Artikel „{article}“; was Ankle Coach ergänzt, ist mit {mark} markiert.</translation>
    </message>
    <message>
        <source>Total time: {time} plus the steps at your own pace</source>
        <translation>Gesamtdauer: {time} plus die Schritte in Ihrem eigenen Tempo</translation>
    </message>
    <message>
        <source>Total time: {time}</source>
        <translation>Gesamtdauer: {time}</translation>
    </message>
    <message>
        <source>{count} exercise</source>
        <translation>{count} Übung</translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation>{count} Übungen</translation>
    </message>
    <message>
        <source>{time} rest between</source>
        <translation>{time} Pause dazwischen</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>etwa {time}</translation>
    </message>
</context>
<context>
    <name>ui.help</name>
    <message>
        <source>Ankle Coach does not replace a clinician. It does not diagnose. If your ankle pain does not go away, gets worse, or follows an injury, see a podiatrist or an orthopaedic sports-medicine physician.</source>
        <extracomment>The About box&apos;s caution, in more words than the overview&apos;s (core/guidance.py DISCLAIMER).</extracomment>
        <translation>Ankle Coach ersetzt keine ärztliche oder physiotherapeutische Behandlung und stellt keine Diagnosen. Wenn Ihre Sprunggelenkschmerzen nicht abklingen, schlimmer werden oder nach einer Verletzung auftreten, lassen Sie sie ärztlich abklären, am besten in einer orthopädischen oder sportmedizinischen Praxis.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>About Ankle Coach</source>
        <translation>Über Ankle Coach</translation>
    </message>
    <message>
        <source>Guided stretch and warm-up routines for runners with ankle pain after running, based on the article “Ankle Pain After Running – Top Causes”.</source>
        <translation>Angeleitete Dehn- und Aufwärmprogramme für Läuferinnen und Läufer mit Sprunggelenkschmerzen nach dem Laufen, nach dem Artikel „Ankle Pain After Running – Top Causes“.</translation>
    </message>
</context>
<context>
    <name>ui.history.calendar</name>
    <message>
        <source>Calendar of the last {weeks} weeks, since {first}: sessions on {active} of {span} days. Current streak {current}; longest {longest}.</source>
        <translation>Kalender der letzten {weeks} Wochen, seit {first}: an {active} von {span} Tagen trainiert. Aktuelle Serie {current}; längste {longest}.</translation>
    </message>
    <message>
        <source>no session</source>
        <extracomment>The weekdays named beside the calendar&apos;s rows (0 is Monday).</extracomment>
        <translation>kein Training</translation>
    </message>
    <message>
        <source>{day}: {sessions}</source>
        <translation>{day}: {sessions}</translation>
    </message>
</context>
<context>
    <name>ui.history.charts</name>
    <message>
        <source>Sessions per week: no weeks to show.</source>
        <translation>Trainings pro Woche: keine Wochen anzuzeigen.</translation>
    </message>
    <message>
        <source>Sessions per week, {count} weeks from the week of {first} to the week of {last}:</source>
        <translation>Trainings pro Woche, {count} Wochen von der Woche ab {first} bis zur Woche ab {last}:</translation>
    </message>
    <message>
        <source>no sessions.</source>
        <translation>keine Trainings.</translation>
    </message>
    <message>
        <source>In all {sessions}, {average} a week on average; the most was {most}, in the week of {busiest}.</source>
        <translation>Insgesamt {sessions}, im Schnitt {average} pro Woche; die meisten waren {most}, in der Woche ab {busiest}.</translation>
    </message>
    <message>
        <source>{weeks} without a session.</source>
        <translation>{weeks} ohne Training.</translation>
    </message>
    <message>
        <source>A session every week.</source>
        <translation>Jede Woche ein Training.</translation>
    </message>
    <message>
        <source>Pain ratings from 0 to 10, the last {weeks} weeks:</source>
        <translation>Schmerzwerte von 0 bis 10, die letzten {weeks} Wochen:</translation>
    </message>
    <message>
        <source>no ratings.</source>
        <translation>keine Werte.</translation>
    </message>
    <message>
        <source>Before sessions</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Nach dem Training</translation>
    </message>
    <message>
        <source>On their own</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>{group}: average {average}, from {low} to {high}; the latest {latest}, on {day}.</source>
        <translation>{group}: im Schnitt {average}, von {low} bis {high}; zuletzt {latest}, am {day}.</translation>
    </message>
    <message>
        <source>{ratings} of 7 or more.</source>
        <translation>{ratings} von 7 oder mehr.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>7+: see a doctor</source>
        <translation>7+: ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Check-in only</source>
        <translation>Nur Abfrage</translation>
    </message>
    <message>
        <source>Week of {day}: {count}</source>
        <translation>Woche ab {day}: {count}</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>vor einem Training</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>nach einem Training</translation>
    </message>
    <message>
        <source>on its own</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <source>{time}: {rating} ({when})</source>
        <translation>{time}: {rating} ({when})</translation>
    </message>
</context>
<context>
    <name>ui.history.model</name>
    <message>
        <source>When</source>
        <extracomment>A routine&apos;s file (English, with every translation) by its id; None when not in the library. Rows the list loads at a time. The columns&apos; names as the page shows them (translated where shown: `header`). The CSV export has headers of its own, in English always (core/history): a file for other programs.</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>How much of the routine was done</source>
        <translation>Wie viel des Programms gemacht wurde</translation>
    </message>
    <message>
        <source>Pain from 0 to 10: before the session → after it</source>
        <translation>Schmerz von 0 bis 10: vor dem Training → danach</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Schmerz­abfrage</translation>
    </message>
    <message>
        <source>Warning signs: {signs}</source>
        <translation>Warnzeichen: {signs}</translation>
    </message>
    <message>
        <source>Completed: {exercises}</source>
        <translation>Abgeschlossen: {exercises}</translation>
    </message>
    <message>
        <source>No exercise completed.</source>
        <translation>Keine Übung abgeschlossen.</translation>
    </message>
    <message>
        <source>When: {time}</source>
        <translation>Wann: {time}</translation>
    </message>
    <message>
        <source>Pain check-in, no routine</source>
        <translation>Schmerzabfrage, kein Programm</translation>
    </message>
    <message>
        <source>Routine: {title}</source>
        <translation>Programm: {title}</translation>
    </message>
    <message>
        <source>Done: no session</source>
        <translation>Erledigt: kein Training</translation>
    </message>
    <message>
        <source>Done: {outcome}</source>
        <translation>Erledigt: {outcome}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Pain: {rating}</source>
        <translation>Schmerz: {rating}</translation>
    </message>
    <message>
        <source>Pain before: {before}, after: {after}</source>
        <translation>Schmerz vorher: {before}, nachher: {after}</translation>
    </message>
</context>
<context>
    <name>ui.history.plan</name>
    <message>
        <source>✓ done</source>
        <extracomment>How each planned session is marked, in words a screen reader says too.</extracomment>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ verpasst</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>steht an</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>When your plan started could not be saved ({reason}).</source>
        <translation>Der Beginn Ihres Plans konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Your plan this week</source>
        <translation>Ihr Plan diese Woche</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Diese Woche ist nichts geplant.</translation>
    </message>
    <message>
        <source>{day} {time}, {title}: {status}</source>
        <translation>{day} {time}, {title}: {status}</translation>
    </message>
    <message>
        <source>No weekly plan yet. View → Plan my week… (or `ankle-coach schedule add`) sets reminders; they are shown here against what you did.</source>
        <translation>Noch kein Wochenplan. Ansicht → Woche planen… (oder `ankle-coach schedule add`) legt Erinnerungen an; sie werden hier dem gegenübergestellt, was Sie gemacht haben.</translation>
    </message>
    <message>
        <source>A planned day is done by a session that counts on that day.</source>
        <translation>Ein geplanter Tag ist erledigt, wenn an diesem Tag ein Training zählt.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: nothing planned yet</source>
        <translation>Letzte {weeks} Wochen: noch nichts geplant</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {done} of {planned} planned session done ({percent} %)</source>
        <translation>Letzte {weeks} Wochen: {done} von {planned} geplanten Training erledigt ({percent} %)</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {done} of {planned} planned sessions done ({percent} %)</source>
        <translation>Letzte {weeks} Wochen: {done} von {planned} geplanten Trainings erledigt ({percent} %)</translation>
    </message>
</context>
<context>
    <name>ui.history.view</name>
    <message>
        <source>Last 4 weeks</source>
        <extracomment>The weeks the charts can show, as (weeks, words); the second is the default.</extracomment>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Weeks shown in the charts</source>
        <translation>In den Diagrammen gezeigte Wochen</translation>
    </message>
    <message>
        <source>Show as &amp;text</source>
        <translation>Als &amp;Text zeigen</translation>
    </message>
    <message>
        <source>Show the charts as text and numbers</source>
        <translation>Die Diagramme als Text und Zahlen zeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Save every session and check-in as a spreadsheet file, for example for a doctor</source>
        <translation>Alle Trainings und Abfragen als Tabellendatei speichern, zum Beispiel für die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <source>Pain check-ins before and after sessions are off, so the see-a-doctor advice below only knows the check-ins you made before. Turn them back on to keep it up to date.</source>
        <translation>Die Schmerzabfragen vor und nach dem Training sind aus; der Rat unten, etwas ärztlich abklären zu lassen, kennt daher nur Ihre früheren Abfragen. Schalten Sie sie wieder ein, damit er aktuell bleibt.</translation>
    </message>
    <message>
        <source>Turn check-ins on</source>
        <translation>Schmerzabfragen einschalten</translation>
    </message>
    <message>
        <source>Ask how your ankle feels before and after each session again</source>
        <translation>Wieder vor und nach jedem Training fragen, wie sich Ihr Knöchel anfühlt</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>sessions in all</source>
        <translation>Trainings insgesamt</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>Chart: sessions per week</source>
        <translation>Diagramm: Trainings pro Woche</translation>
    </message>
    <message>
        <source>Chart: pain ratings</source>
        <translation>Diagramm: Schmerzwerte</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Trainings pro Woche</translation>
    </message>
    <message>
        <source>Pain, 0 to 10</source>
        <translation>Schmerz, 0 bis 10</translation>
    </message>
    <message>
        <source>dashed line: 7, see a doctor</source>
        <translation>gestrichelte Linie: 7, ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>Sessions per week, as text</source>
        <translation>Trainings pro Woche, als Text</translation>
    </message>
    <message>
        <source>Pain ratings, as text</source>
        <translation>Schmerzwerte, als Text</translation>
    </message>
    <message>
        <source>Sessions and check-ins</source>
        <translation>Trainings und Abfragen</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eintrag löschen …</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Alle löschen …</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Verlaufsseite</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
    <message>
        <source>The history could not be exported to {path}: {reason}.</source>
        <translation>Der Verlauf konnte nicht nach {path} exportiert werden: {reason}.</translation>
    </message>
    <message>
        <source>The planned sessions could not be exported to {path}: {reason}.</source>
        <translation>Die geplanten Trainings konnten nicht nach {path} exportiert werden: {reason}.</translation>
    </message>
    <message>
        <source>{planned} to {path}.</source>
        <translation>{planned} nach {path}.</translation>
    </message>
    <message>
        <source>Exported {sessions} and {check_ins} to {path}.</source>
        <translation>{sessions} und {check_ins} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Delete the session “{title}” of {time} and its check-ins? This cannot be undone.</source>
        <translation>Das Training „{title}“ vom {time} und seine Abfragen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the session “{title}” of {time}? This cannot be undone.</source>
        <translation>Das Training „{title}“ vom {time} löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the pain check-in of {time}? This cannot be undone.</source>
        <translation>Die Schmerzabfrage vom {time} löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>Delete all {sessions} and {check_ins}? This cannot be undone. Export them first if you may want them, for example for a doctor.</source>
        <translation>Alles löschen: {sessions} und {check_ins}? Das lässt sich nicht rückgängig machen. Exportieren Sie den Verlauf vorher, falls Sie ihn noch brauchen, zum Beispiel für die Ärztin oder den Arzt.</translation>
    </message>
    <message>
        <source>Delete the whole history?</source>
        <translation>Den ganzen Verlauf löschen?</translation>
    </message>
    <message>
        <source>The history was deleted.</source>
        <translation>Der Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>This week: {sessions}</source>
        <translation>Diese Woche: {sessions}</translation>
    </message>
    <message>
        <source>All sessions: {sessions}; check-ins: {check_ins}</source>
        <translation>Alle Trainings: {sessions}; Abfragen: {check_ins}</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Trainingskalender</translation>
    </message>
    <message>
        <source>Sessions and check-ins ({count})</source>
        <translation>Trainings und Abfragen ({count})</translation>
    </message>
</context>
<context>
    <name>ui.history.words</name>
    <message>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} Training</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Trainings</translation>
    </message>
    <message>
        <source>{n} check-in</source>
        <translation>{n} Schmerzabfrage</translation>
    </message>
    <message>
        <source>{n} check-ins</source>
        <translation>{n} Schmerzabfragen</translation>
    </message>
    <message>
        <source>{n} planned session</source>
        <translation>{n} geplantes Training</translation>
    </message>
    <message>
        <source>{n} planned sessions</source>
        <translation>{n} geplante Trainings</translation>
    </message>
    <message>
        <source>{n} week</source>
        <translation>{n} Woche</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <source>{n} rating</source>
        <translation>{n} Wert</translation>
    </message>
    <message>
        <source>{n} ratings</source>
        <translation>{n} Werte</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ui.library.model</name>
    <message>
        <source>Built-in</source>
        <extracomment>Marked in the context &quot;ui.library.model&quot;; translated where shown.</extracomment>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>My routines</source>
        <translation>Meine Programme</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <source>{name} could not be loaded</source>
        <translation>{name} konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>{name} could not be loaded: {problem}</source>
        <translation>{name} konnte nicht geladen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.library.overview</name>
    <message>
        <source>Illustration: {name}</source>
        <extracomment>The routine&apos;s title, relative to body text: the largest text of the page. Start moves under the title when the title would have room for fewer letters a line than this beside it (at its full size).</extracomment>
        <translation>Abbildung: {name}</translation>
    </message>
    <message>
        <source>Said as each set starts: {cue}</source>
        <translation>Ansage zu Beginn jedes Satzes: {cue}</translation>
    </message>
    <message>
        <source>No illustration: {reason}</source>
        <translation>Keine Abbildung: {reason}</translation>
    </message>
    <message>
        <source>Chosen routine</source>
        <translation>Gewähltes Programm</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Programm starten</translation>
    </message>
    <message>
        <source>Start the routine ({keys})</source>
        <translation>Programm starten ({keys})</translation>
    </message>
    <message>
        <source>Chosen routine: {title}</source>
        <translation>Gewähltes Programm: {title}</translation>
    </message>
    <message>
        <source>{time} in all</source>
        <translation>{time} insgesamt</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation>{count} Übungen</translation>
    </message>
    <message>
        <source>Routine file that could not be loaded</source>
        <translation>Programmdatei, die nicht geladen werden konnte</translation>
    </message>
    <message>
        <source>Fix the file in a text editor and choose Reload (F5), or check it with `ankle-coach validate FILE`. The other routines are not affected.</source>
        <translation>Korrigieren Sie die Datei in einem Texteditor und wählen Sie „Programme neu laden“ (F5), oder prüfen Sie sie mit `ankle-coach validate DATEI`. Die anderen Programme sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>This routine file could not be loaded</source>
        <translation>Diese Programmdatei konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>ui.library.view</name>
    <message>
        <source>Files with problems</source>
        <translation>Dateien mit Fehlern</translation>
    </message>
    <message>
        <source>Search routines</source>
        <extracomment>A tooltip&apos;s lines are at most this many characters. The routine list is never wider than this share of its window.</extracomment>
        <translation>Programme durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Routine library</source>
        <translation>Programmbibliothek</translation>
    </message>
    <message>
        <source>Search routines ({keys})</source>
        <translation>Programme durchsuchen ({keys})</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <source>Presenter &amp;display</source>
        <extracomment>With staged building, the longest the second step waits for the window&apos;s first picture.</extracomment>
        <translation>Präsentations&amp;bildschirm</translation>
    </message>
    <message>
        <source>Settings were reset</source>
        <translation>Einstellungen wurden zurückgesetzt</translation>
    </message>
    <message>
        <source>Your history was set aside</source>
        <translation>Ihr Verlauf wurde beiseitegelegt</translation>
    </message>
    <message>
        <source>Your history cannot be saved now</source>
        <translation>Ihr Verlauf kann gerade nicht gespeichert werden</translation>
    </message>
    <message>
        <source>1 routine file could not be loaded: see “Files with problems” in the list.</source>
        <translation>1 Programmdatei konnte nicht geladen werden: siehe „Dateien mit Fehlern“ in der Liste.</translation>
    </message>
    <message>
        <source>{count} routine files could not be loaded: see “Files with problems” in the list.</source>
        <translation>{count} Programmdateien konnten nicht geladen werden: siehe „Dateien mit Fehlern“ in der Liste.</translation>
    </message>
    <message>
        <source>Open routine file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Programmdateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No routine called {id} in the library.</source>
        <translation>Kein Programm namens {id} in der Bibliothek.</translation>
    </message>
    <message>
        <source>Ice: {said}</source>
        <translation>Eis: {said}</translation>
    </message>
    <message>
        <source>Saved to My routines: {name}</source>
        <translation>In „Meine Programme“ gespeichert: {name}</translation>
    </message>
    <message>
        <source>Voice off.</source>
        <translation>Stimme aus.</translation>
    </message>
    <message>
        <source>Voice on.</source>
        <translation>Stimme an.</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Check-ins are on: you will be asked before and after each session.</source>
        <translation>Schmerzabfragen sind an: Sie werden vor und nach jedem Training gefragt.</translation>
    </message>
    <message>
        <source>The window’s place could not be saved: {reason}</source>
        <translation>Die Fensterposition konnte nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.menus</name>
    <message>
        <source>&amp;Guidance sidebar</source>
        <translation>Seitenleiste mit &amp;Hinweisen</translation>
    </message>
</context>
<context>
    <name>ui.reminders.notifier</name>
    <message>
        <source>Start</source>
        <extracomment>The actions offered on a reminder, as (key, label) pairs; the keys are the service&apos;s (never translated), the labels are marked in the context &quot;ui.reminders.notifier&quot;.</extracomment>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>In 10 Min. erinnern</translation>
    </message>
    <message>
        <source>the session bus closed ({reason})</source>
        <extracomment>How long a call to the notification service may take before the tray&apos;s message is used.</extracomment>
        <translation>der Sitzungsbus wurde geschlossen ({reason})</translation>
    </message>
    <message>
        <source>the notification service did not answer</source>
        <translation>der Benachrichtigungsdienst hat nicht geantwortet</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>ein Fehler</translation>
    </message>
    <message>
        <source>the notification service said: {said}</source>
        <translation>der Benachrichtigungsdienst meldete: {said}</translation>
    </message>
</context>
<context>
    <name>ui.reminders.plan_dialog</name>
    <message>
        <source>Time</source>
        <extracomment>What the dialog calls each field of a reminder in its messages.</extracomment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Plan my week</source>
        <extracomment>Saves a plan; returns None, or why it could not be saved (the plan is then not changed).</extracomment>
        <translation>Woche planen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Every day</source>
        <translation>&amp;Jeden Tag</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 18:30</source>
        <translation>HH:MM, z. B. 18:30</translation>
    </message>
    <message>
        <source>Time, 24-hour</source>
        <translation>Uhrzeit (24 Stunden)</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Erinnern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>There are no routines in the library to plan.</source>
        <translation>In der Bibliothek gibt es keine Programme zum Planen.</translation>
    </message>
    <message>
        <source>That reminder is already in your plan.</source>
        <translation>Diese Erinnerung ist schon in Ihrem Plan.</translation>
    </message>
    <message>
        <source>Added: {reminder}.</source>
        <translation>Hinzugefügt: {reminder}.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose a reminder in the list to change.</source>
        <translation>Wählen Sie in der Liste die Erinnerung, die Sie ändern möchten.</translation>
    </message>
    <message>
        <source>Changed: {reminder}.</source>
        <translation>Geändert: {reminder}.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Geändert.</translation>
    </message>
    <message>
        <source>Choose a reminder in the list to remove.</source>
        <translation>Wählen Sie in der Liste die Erinnerung, die Sie entfernen möchten.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>Routine: choose a routine.</source>
        <translation>Programm: Bitte wählen Sie ein Programm.</translation>
    </message>
    <message>
        <source>Days: choose at least one day.</source>
        <translation>Tage: Bitte wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Time: type the time of day, on the 24-hour clock, e.g. 18:30.</source>
        <translation>Uhrzeit: Geben Sie die Uhrzeit im 24-Stunden-Format ein, z. B. 18:30.</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{title}: {plan}</source>
        <translation>{title}: {plan}</translation>
    </message>
    <message>
        <source>{title}: {plan} (off)</source>
        <translation>{title}: {plan} (aus)</translation>
    </message>
    <message>
        <source>{title}: {plan} (ended on {date})</source>
        <translation>{title}: {plan} (beendet am {date})</translation>
    </message>
    <message>
        <source>{title}: {plan} (until {date})</source>
        <translation>{title}: {plan} (bis {date})</translation>
    </message>
    <message>
        <source>{title}: {plan} (until {date}) (off)</source>
        <translation>{title}: {plan} (bis {date}) (aus)</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Ankle Coach reminds you of a routine on the days and at the time you choose, while it runs (in the tray when the window is closed).</source>
        <translation>Ankle Coach erinnert Sie an den gewählten Tagen zur gewählten Uhrzeit an ein Programm, solange es läuft (bei geschlossenem Fenster im Infobereich).</translation>
    </message>
    <message>
        <source>{id} (not in the library)</source>
        <translation>{id} (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ui.reminders.service</name>
    <message>
        <source>Ankle Coach is still running</source>
        <extracomment>Makes the notifier once a reminder is first due: (on_action, parent) -&gt; Notifier or None. A file whose presence says the user was told that closing the window keeps the tray icon. How long after the plan&apos;s file changes it is read again (a burst of changes, read once). What the tray icon says the first time the window is closed (marked in this module&apos;s context, translated when said).</extracomment>
        <translation>Ankle Coach läuft weiter</translation>
    </message>
    <message>
        <source>Your reminders will come from here. To stop them, choose Quit in this icon&apos;s menu (or switch the reminders off in Plan my week).</source>
        <translation>Ihre Erinnerungen kommen von hier. Um sie zu beenden, wählen Sie „Beenden“ im Menü dieses Symbols (oder schalten Sie die Erinnerungen unter „Woche planen“ aus).</translation>
    </message>
    <message>
        <source>&amp;Plan my week…</source>
        <translation>&amp;Woche planen…</translation>
    </message>
    <message>
        <source>Reminders of a routine on the days and at the time you choose</source>
        <translation>Erinnerungen an ein Programm an den gewählten Tagen zur gewählten Uhrzeit</translation>
    </message>
    <message>
        <source>Your weekly plan</source>
        <translation>Ihr Wochenplan</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Starting at login is not available on this system in this version; see the README for how to add Ankle Coach to the programs started at login.</source>
        <translation>Das Starten beim Anmelden ist auf diesem System in dieser Version nicht verfügbar; in der README steht, wie Sie Ankle Coach zu den Programmen hinzufügen, die beim Anmelden starten.</translation>
    </message>
    <message>
        <source>{path} could not be changed: {reason}</source>
        <translation>{path} konnte nicht geändert werden: {reason}</translation>
    </message>
    <message>
        <source>Ankle Coach will start when you log in.</source>
        <translation>Ankle Coach startet, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Ankle Coach will no longer start when you log in.</source>
        <translation>Ankle Coach startet nicht mehr, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>A session is running: finish it first.</source>
        <translation>Ein Training läuft: Bitte beenden Sie es zuerst.</translation>
    </message>
    <message>
        <source>Routine not found</source>
        <translation>Programm nicht gefunden</translation>
    </message>
    <message>
        <source>The routine {id} of your weekly plan is not in the library any more. Change the reminder in Plan my week.</source>
        <translation>Das Programm {id} aus Ihrem Wochenplan ist nicht mehr in der Bibliothek. Ändern Sie die Erinnerung unter „Woche planen“.</translation>
    </message>
    <message>
        <source>Reminder snoozed: again at {time}.</source>
        <translation>Erinnerung verschoben: wieder um {time}.</translation>
    </message>
    <message>
        <source>{title}. {text}</source>
        <translation>{title}. {text}</translation>
    </message>
    <message>
        <source>A planned routine was missed</source>
        <translation>Ein geplantes Programm wurde verpasst</translation>
    </message>
    <message>
        <source>Planned routines were missed</source>
        <translation>Geplante Programme wurden verpasst</translation>
    </message>
    <message>
        <source>Start it now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>When reminders were last looked at could not be saved: {reason}</source>
        <translation>Der Zeitpunkt der letzten Erinnerungsprüfung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Time for your {title}</source>
        <translation>Zeit für Ihr Programm: {title}</translation>
    </message>
    <message>
        <source>Time for your {title}, {length}</source>
        <translation>Zeit für Ihr Programm: {title}, {length}</translation>
    </message>
    <message>
        <source>Planned {plan}.</source>
        <translation>Geplant: {plan}.</translation>
    </message>
    <message>
        <source>Time for your {title}.</source>
        <translation>Zeit für Ihr Programm: {title}.</translation>
    </message>
    <message>
        <source>Start it now?</source>
        <translation>Jetzt starten?</translation>
    </message>
    <message>
        <source>Next: {title}, {when}</source>
        <translation>Als Nächstes: {title}, {when}</translation>
    </message>
    <message>
        <source>Notifications: {reason}; using the tray.</source>
        <translation>Benachrichtigungen: {reason}; der Infobereich wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ui.reminders.tray</name>
    <message>
        <source>No reminders planned</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>Jetzt &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Open Ankle Coach</source>
        <translation>Ankle Coach ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Plan my week…</source>
        <translation>&amp;Woche planen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>ui.session.announce</name>
    <message>
        <source>Announcements</source>
        <extracomment>Labels taken in turn (a cue comes right after a change of step: with one label, Orca would read the cue twice and the change never). How long after the view appears what was announced before is shown.</extracomment>
        <translation>Durchsagen</translation>
    </message>
</context>
<context>
    <name>ui.session.host</name>
    <message>
        <source>Preparing the voice: {done} of {total} cues</source>
        <extracomment>How long a chosen routine waits before its voice is prepared (see `routine_chosen`). A routine&apos;s title in the window title is cut to this many characters (taskbars show fewer). What the player was prepared for: the routine&apos;s file, the voice, the sound. The screen the presenter goes to, by name; None: another screen than the window&apos;s. &quot;No voice&quot; in the status bar&apos;s corner while there is none, its reason a click away. Where the images of routines tried unsaved are copied; removed with the window, or when the app ends. Called once a routine tried from the editor is over: the editor comes back.</extracomment>
        <translation>Stimme wird vorbereitet: {done} von {total} Ansagen</translation>
    </message>
    <message>
        <source>Voice ready.</source>
        <translation>Stimme bereit.</translation>
    </message>
    <message>
        <source>No voice this time: click “No voice” at the bottom right to see why.</source>
        <translation>Diesmal keine Stimme: Klicken Sie unten rechts auf „Keine Stimme“, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation>Keine Stimme: {reason}</translation>
    </message>
    <message>
        <source>Not shown: {problems}</source>
        <translation>Nicht angezeigt: {problems}</translation>
    </message>
    <message>
        <source>The session starts when its voice is ready; Space starts it now.</source>
        <translation>Das Training beginnt, sobald die Stimme bereit ist; mit der Leertaste beginnt es sofort.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <source>Stop this session and go back to the routine?</source>
        <translation>Dieses Training beenden und zum Programm zurückkehren?</translation>
    </message>
    <message>
        <source>Preparing the voice… until it is ready, the cues are on screen only.</source>
        <translation>Die Stimme wird vorbereitet … bis sie bereit ist, stehen die Ansagen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Complete · {title}</source>
        <translation>Geschafft · {title}</translation>
    </message>
    <message>
        <source>Paused · {title}</source>
        <translation>Pausiert · {title}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps} · {title}</source>
        <translation>Wdh. {rep} von {reps} · {title}</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Programm abgeschlossen. Gut gemacht!</translation>
    </message>
</context>
<context>
    <name>ui.session.presenter</name>
    <message>
        <source>Ankle Coach — presenter</source>
        <extracomment>Presenter mode is black whatever the app&apos;s theme: the most contrast across a room.</extracomment>
        <translation>Ankle Coach – Präsentationsmodus</translation>
    </message>
    <message>
        <source>MUTED</source>
        <extracomment>The session waits for its voice (READY says so, not &quot;press Space&quot;); the host sets it.</extracomment>
        <translation>STUMM</translation>
    </message>
    <message>
        <source>Muted: the voice is off</source>
        <translation>Stumm: Die Stimme ist aus</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Then: {exercise}</source>
        <translation>Danach: {exercise}</translation>
    </message>
</context>
<context>
    <name>ui.session.room</name>
    <message>
        <source>Show guidance ({shortcut})</source>
        <translation>Hinweise zeigen ({shortcut})</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Hinweise zeigen</translation>
    </message>
    <message>
        <source>The guidance sidebar is hidden during the session, for room</source>
        <translation>Die Seitenleiste mit den Hinweisen ist während des Trainings ausgeblendet, damit mehr Platz bleibt</translation>
    </message>
</context>
<context>
    <name>ui.session.view</name>
    <message>
        <source>Session</source>
        <extracomment>The big number&apos;s digits stand at least this share of the view&apos;s height (the issue asks for a fifth; a little more leaves room for rounding and for a window a little taller than its view). Below this width the session view drops the illustration beside the countdown. The session view shows a line of instructions per this many pixels of its height (2 to 6). The last cue keeps the height of this many lines; a longer cue is set in smaller type... ...down to this share of the text size (then it takes more lines: it is never cut).</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Space pauses or resumes, Right skips, Left goes back, M mutes, Esc stops</source>
        <translation>Leertaste pausiert oder setzt fort, Pfeil rechts springt weiter, Pfeil links geht zurück, M schaltet stumm, Esc beendet</translation>
    </message>
    <message>
        <source>MUTED</source>
        <extracomment>The session waits for its voice (READY says so, not &quot;press Space&quot;); the host sets it.</extracomment>
        <translation>STUMM</translation>
    </message>
    <message>
        <source>Muted: the voice is off</source>
        <translation>Stumm: Die Stimme ist aus</translation>
    </message>
    <message>
        <source>The voice is off; cues are shown on screen only. M turns it on.</source>
        <translation>Die Stimme ist aus; Ansagen erscheinen nur auf dem Bildschirm. M schaltet sie wieder ein.</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <source>The rep being counted, or the time left</source>
        <translation>Die aktuelle Wiederholung oder die verbleibende Zeit</translation>
    </message>
    <message>
        <source>Side, direction and set</source>
        <translation>Seite, Richtung und Satz</translation>
    </message>
    <message>
        <source>The last cue</source>
        <translation>Die letzte Ansage</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <extracomment>Shown when there is room for them, given way in this order when there is not.</extracomment>
        <translation>Fortschritt im Programm</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Programmfortschritt</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>Training: {title}</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Then: {prescription}</source>
        <translation>Danach: {prescription}</translation>
    </message>
    <message>
        <source>Next: {exercise}  ·  {details}</source>
        <translation>Als Nächstes: {exercise}  ·  {details}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>{time} left in the routine</source>
        <translation>noch {time} im Programm</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
</context>
<context>
    <name>ui.session.voice_status</name>
    <message>
        <source>No voice</source>
        <translation>Keine Stimme</translation>
    </message>
    <message>
        <source>No voice: why</source>
        <translation>Keine Stimme: warum</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <extracomment>The notice last opened (kept for tests to read).</extracomment>
        <translation>Keine Stimme: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.session.words</name>
    <message>
        <source>{time_left} in this hold</source>
        <extracomment>How a screen reader says the time left in each kind of step: &quot;17 seconds left in this hold&quot; (a whole sentence per kind, so each language words it its own way).</extracomment>
        <translation>{time_left} in dieser Haltephase</translation>
    </message>
    <message>
        <source>{time_left} in this get-ready</source>
        <translation>{time_left} in der Vorbereitung</translation>
    </message>
    <message>
        <source>{time_left} in this rest</source>
        <translation>{time_left} in dieser Pause</translation>
    </message>
    <message>
        <source>{time_left} in this switch</source>
        <translation>{time_left} beim Seitenwechsel</translation>
    </message>
    <message>
        <source>{time_left} in this step</source>
        <translation>{time_left} in diesem Schritt</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>of {reps}</source>
        <translation>von {reps}</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>WDH.</translation>
    </message>
    <message>
        <source>SECONDS LEFT</source>
        <translation>SEKUNDEN ÜBRIG</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>RESTZEIT</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Programm abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Press {done} when finished</source>
        <translation>Wenn erledigt, „{done}“ drücken</translation>
    </message>
    <message>
        <source>Paused. {said}</source>
        <translation>Pausiert. {said}</translation>
    </message>
    <message>
        <source>ROUTINE COMPLETE</source>
        <translation>PROGRAMM ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>PREPARING THE VOICE…</source>
        <translation>STIMME WIRD VORBEREITET …</translation>
    </message>
    <message>
        <source>READY: PRESS SPACE TO START</source>
        <translation>BEREIT: LEERTASTE ZUM STARTEN</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>WECHSELN</translation>
    </message>
    <message>
        <source>PRESS {done} WHEN FINISHED</source>
        <translation>WENN ERLEDIGT: {done} DRÜCKEN</translation>
    </message>
    <message>
        <source>YOUR PACE</source>
        <translation>EIGENES TEMPO</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>WIEDERHOLUNGEN</translation>
    </message>
    <message>
        <source>PAUSED · {words}</source>
        <translation>PAUSIERT · {words}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>ui.settings.dialog</name>
    <message>
        <source>Same as the system</source>
        <extracomment>How each theme is named in the dialog, in the order of core.settings.THEMES.</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>The lead-in spin box&apos;s lowest value stands for None: each routine&apos;s own lead-in.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>Stimme &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Mute all cues</source>
        <translation>Alle Ansagen stu&amp;mm schalten</translation>
    </message>
    <message>
        <source>&amp;Beeps instead of spoken words</source>
        <translation>&amp;Pieptöne statt gesprochener Worte</translation>
    </message>
    <message>
        <source>Count re&amp;ps aloud</source>
        <translation>&amp;Wiederholungen laut zählen</translation>
    </message>
    <message>
        <source>Say “&amp;halfway” during long holds</source>
        <translation>Bei langen Haltezeiten „&amp;Halbzeit“ ansagen</translation>
    </message>
    <message>
        <source>As&amp;k how my ankle feels before and after each session</source>
        <translation>Vor und nach jedem Training nach meinem Sprunggelenk &amp;fragen</translation>
    </message>
    <message>
        <source>Say reminders alo&amp;ud</source>
        <translation>&amp;Erinnerungen laut ansagen</translation>
    </message>
    <message>
        <source>&amp;Start at login (in the tray, for reminders)</source>
        <translation>Beim Anmelden &amp;starten (im Infobereich, für Erinnerungen)</translation>
    </message>
    <message>
        <source>A new language applies the next time Ankle Coach starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Ankle Coach.</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> Wörter/Min.</translation>
    </message>
    <message>
        <source>The routine’s own</source>
        <translation>Wie im Programm</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Sta&amp;ndardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Speak a sample sentence with the settings shown here.</source>
        <translation>Einen Beispielsatz mit den hier gezeigten Einstellungen sprechen.</translation>
    </message>
    <message>
        <source>Put back the default for every setting in this dialog.</source>
        <translation>Alle Einstellungen in diesem Dialog auf ihre Standardwerte zurücksetzen.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Speech rate in words per minute</source>
        <translation>Sprechtempo in Wörtern pro Minute</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume in percent</source>
        <translation>Lautstärke in Prozent</translation>
    </message>
    <message>
        <source>Mute all cues</source>
        <translation>Alle Ansagen stumm schalten</translation>
    </message>
    <message>
        <source>Beeps instead of spoken words</source>
        <translation>Pieptöne statt gesprochener Worte</translation>
    </message>
    <message>
        <source>Get-ready time in seconds</source>
        <translation>Vorlaufzeit in Sekunden</translation>
    </message>
    <message>
        <source>Count reps aloud</source>
        <translation>Wiederholungen laut zählen</translation>
    </message>
    <message>
        <source>Say halfway during long holds</source>
        <translation>Bei langen Haltezeiten Halbzeit ansagen</translation>
    </message>
    <message>
        <source>Ask how my ankle feels before and after each session</source>
        <translation>Vor und nach jedem Training nach meinem Sprunggelenk fragen</translation>
    </message>
    <message>
        <source>Say reminders aloud</source>
        <translation>Erinnerungen laut ansagen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Schriftgröße in Prozent</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Speech &amp;rate:</source>
        <translation>Sp&amp;rechtempo:</translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>&amp;Vorlaufzeit:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Th&amp;eme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>{voice} (not on this computer)</source>
        <translation>{voice} (nicht auf diesem Computer)</translation>
    </message>
</context>
<context>
    <name>ui.settings.language</name>
    <message>
        <source>Language</source>
        <extracomment>Starts a program detached from this one: (program, arguments) -&gt; whether it started.</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>{language} applies the next time Ankle Coach starts.</source>
        <translation>{language} gilt ab dem nächsten Start von Ankle Coach.</translation>
    </message>
    <message>
        <source>A session is running: restart Ankle Coach when it is over.</source>
        <translation>Ein Training läuft: Starten Sie Ankle Coach neu, wenn es vorbei ist.</translation>
    </message>
    <message>
        <source>Restart now to see it at once?</source>
        <translation>Jetzt neu starten, um sie gleich zu sehen?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Ankle Coach was not restarted</source>
        <translation>Ankle Coach wurde nicht neu gestartet</translation>
    </message>
    <message>
        <source>This could not be started: {command}. Quit and start Ankle Coach again to see the new language.</source>
        <translation>Dies konnte nicht gestartet werden: {command}. Beenden Sie Ankle Coach und starten Sie es erneut, um die neue Sprache zu sehen.</translation>
    </message>
</context>
<context>
    <name>ui.sharing</name>
    <message>
        <source>Import routine</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Routines (*.ankle.zip *.zip *.toml);;All files (*)</source>
        <translation>Programme (*.ankle.zip *.zip *.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} was not imported: 1 problem to fix in it first. Nothing was changed.</source>
        <translation>{name} wurde nicht importiert: Zuerst muss darin 1 Fehler behoben werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} was not imported: {count} problems to fix in it first. Nothing was changed.</source>
        <translation>{name} wurde nicht importiert: Zuerst müssen darin {count} Fehler behoben werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>Das Programm wurde nicht importiert</translation>
    </message>
    <message>
        <source>Imported into My routines as {id}.</source>
        <translation>Als {id} in „Meine Programme“ importiert.</translation>
    </message>
    <message>
        <source>A routine of that name exists</source>
        <translation>Ein Programm mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>My routines already has “{id}”. Replace it, or keep both (the new one as “{new_id}”)?</source>
        <translation>In „Meine Programme“ gibt es schon „{id}“. Ersetzen oder beide behalten (das neue als „{new_id}“)?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Choose a routine first.</source>
        <translation>Wählen Sie zuerst ein Programm.</translation>
    </message>
    <message>
        <source>Export it from its editor, after the try.</source>
        <translation>Exportieren Sie es nach dem Ausprobieren aus seinem Editor.</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Routine package (*.ankle.zip)</source>
        <translation>Programmpaket (*.ankle.zip)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>Das Programm wurde nicht exportiert</translation>
    </message>
    <message>
        <source>It could not be saved first. {reason}</source>
        <translation>Es konnte vorher nicht gespeichert werden. {reason}</translation>
    </message>
    <message>
        <source>Save and export?</source>
        <translation>Speichern und exportieren?</translation>
    </message>
    <message>
        <source>“{title}” is not saved. Save it to My routines, then export it?</source>
        <translation>„{title}“ ist nicht gespeichert. In „Meine Programme“ speichern und dann exportieren?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>Speichern und exportieren</translation>
    </message>
    <message>
        <source>Exported to {path}: one file to send as it is.</source>
        <translation>Exportiert nach {path}: eine Datei, die Sie so weitergeben können.</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Übungsblatt exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout was not written</source>
        <translation>Das Übungsblatt wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Handout written to {path}.</source>
        <translation>Übungsblatt gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>Drucken abgebrochen; nichts wurde gedruckt.</translation>
    </message>
    <message>
        <source>The handout was not printed</source>
        <translation>Das Übungsblatt wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>Handout sent to the printer: 1 page.</source>
        <translation>Übungsblatt an den Drucker gesendet: 1 Seite.</translation>
    </message>
    <message>
        <source>Handout sent to the printer: {pages} pages.</source>
        <translation>Übungsblatt an den Drucker gesendet: {pages} Seiten.</translation>
    </message>
    <message>
        <source>Handout sent to {printer}: 1 page.</source>
        <translation>Übungsblatt an {printer} gesendet: 1 Seite.</translation>
    </message>
    <message>
        <source>Handout sent to {printer}: {pages} pages.</source>
        <translation>Übungsblatt an {printer} gesendet: {pages} Seiten.</translation>
    </message>
    <message>
        <source>The handout was printed without 1 picture:</source>
        <translation>Das Übungsblatt wurde ohne 1 Abbildung gedruckt:</translation>
    </message>
    <message>
        <source>The handout was printed without {count} pictures:</source>
        <translation>Das Übungsblatt wurde ohne {count} Abbildungen gedruckt:</translation>
    </message>
    <message>
        <source>The handout was written without 1 picture:</source>
        <translation>Das Übungsblatt wurde ohne 1 Abbildung gespeichert:</translation>
    </message>
    <message>
        <source>The handout was written without {count} pictures:</source>
        <translation>Das Übungsblatt wurde ohne {count} Abbildungen gespeichert:</translation>
    </message>
    <message>
        <source>Pictures left out of the handout</source>
        <translation>Abbildungen fehlen im Übungsblatt</translation>
    </message>
</context>
<context>
    <name>ui.sharing_plan</name>
    <message>
        <source>A suggested plan</source>
        <translation>Ein vorgeschlagener Plan</translation>
    </message>
    <message>
        <source>This routine comes with a suggested plan for “{title}”: {plan} (until {date}).</source>
        <translation>Dieses Programm bringt einen Planvorschlag für „{title}“ mit: {plan} (bis {date}).</translation>
    </message>
    <message>
        <source>This routine comes with a suggested plan for “{title}”: {plan}.</source>
        <translation>Dieses Programm bringt einen Planvorschlag für „{title}“ mit: {plan}.</translation>
    </message>
    <message>
        <source>Add it to your weekly plan, so that the app reminds you?</source>
        <translation>In Ihren Wochenplan aufnehmen, damit die App Sie erinnert?</translation>
    </message>
    <message>
        <source>Time, 24-hour</source>
        <translation>Uhrzeit (24 Stunden)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 18:30</source>
        <translation>HH:MM, z. B. 18:30</translation>
    </message>
    <message>
        <source>&amp;Add to my plan</source>
        <translation>Zu meinem Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Change days or time…</source>
        <translation>&amp;Tage oder Uhrzeit ändern…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Days: choose at least one day.</source>
        <translation>Tage: Bitte wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Time: {problem}.</source>
        <translation>Uhrzeit: {problem}.</translation>
    </message>
    <message>
        <source>Not added: the weekly plan could not be saved ({reason}).</source>
        <translation>Nicht hinzugefügt: Der Wochenplan konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Added to your weekly plan: {plan}, until {date}.</source>
        <translation>Zu Ihrem Wochenplan hinzugefügt: {plan}, bis {date}.</translation>
    </message>
    <message>
        <source>Added to your weekly plan: {plan}.</source>
        <translation>Zu Ihrem Wochenplan hinzugefügt: {plan}.</translation>
    </message>
    <message>
        <source>The suggested plan was not added; Plan my week can add it later.</source>
        <translation>Der vorgeschlagene Plan wurde nicht hinzugefügt; Sie können ihn später unter „Woche planen“ hinzufügen.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>ui.widgets.illustration</name>
    <message>
        <source>cannot be drawn: Qt cannot read this SVG</source>
        <translation>kann nicht dargestellt werden: Qt kann dieses SVG nicht lesen</translation>
    </message>
    <message>
        <source>has no width and height that can be drawn</source>
        <translation>hat keine darstellbare Breite und Höhe</translation>
    </message>
    <message>
        <source>cannot be drawn: it is under a pixel in size; give its svg element a width and a height</source>
        <extracomment>The white card&apos;s margin around a picture, in pixels (less on a very low card). How wide (or high, if higher) an SVG under a pixel in size is made to draw it (Picture.load). A picture is rendered at most this many pixels large (1155 x 866); a bigger widget draws it scaled up. Rendering time grows with the pixels. An SVG is rendered at growing sizes, each twice as wide as the one before, from about SMALLEST_RENDER pixels wide up to the size it is drawn at; it stops growing where the next size would likely take the renders over RENDER_BUDGET_SECONDS of the render thread&apos;s time, and the largest render made is drawn scaled up. A size twice as wide has taken 3 to 5 times as long for a stroke crossing itself hundreds of times (faster than the pixels), and up to 10 times where thin lines cross one pixel&apos;s width: RENDER_GROWTH allows for most of that. So a picture the limits of core/images.py accept but that would take seconds at full size (a long stroke crossing itself thousands of times) is shown, a little soft, within the budget, and a built-in one (25 ms at 1200 x 900) is rendered at full size. How long the app waits at exit for a render under way (it cannot be stopped). Pictures rendered at once, each on its own thread. One is enough now that a render keeps to RENDER_BUDGET_SECONDS (a second thread&apos;s memory arena cost 0.5 MiB of the session&apos;s). How long after a resize the picture is rendered again at the new size. Pictures loaded lately, by file and its stat: the overview and the session view share them.</extracomment>
        <translation>kann nicht dargestellt werden: es ist kleiner als ein Pixel; geben Sie seinem svg-Element eine Breite und eine Höhe</translation>
    </message>
    <message>
        <source>cannot be drawn: no room for a copy ({reason})</source>
        <translation>kann nicht dargestellt werden: kein Platz für eine Kopie ({reason})</translation>
    </message>
    <message>
        <source>cannot be read: it is not a usable file name</source>
        <translation>kann nicht gelesen werden: kein verwendbarer Dateiname</translation>
    </message>
    <message>
        <source>cannot be decoded: {reason}</source>
        <translation>kann nicht dekodiert werden: {reason}</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels; an image may have at most {millions} million pixels (4000 x 3000)</source>
        <translation>hat {width} × {height} Pixel; ein Bild darf höchstens {millions} Millionen Pixel haben (4000 × 3000)</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation>Keine Abbildung</translation>
    </message>
    <message>
        <source>No illustration: {problem}</source>
        <translation>Keine Abbildung: {problem}</translation>
    </message>
    <message>
        <source>{picture} (mirrored)</source>
        <translation>{picture} (gespiegelt)</translation>
    </message>
</context>
<context>
    <name>ui.widgets.notice</name>
    <message>
        <source>Problems</source>
        <extracomment>The notice leaves this much of the screen&apos;s available area free on each side (the window system&apos;s frame and title bar). The widest the notice asks to be, in average characters of its font.</extracomment>
        <translation>Probleme</translation>
    </message>
</context>
</TS>
