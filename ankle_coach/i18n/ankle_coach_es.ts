<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>ignore your settings (voice, rate, counting, lead-in): the standard choices</source>
        <extracomment>plan, cues and run follow the user&apos;s settings unless given this.</extracomment>
        <translation>ignora tus ajustes (voz, velocidad, conteo, tiempo de preparación): los valores estándar</translation>
    </message>
    <message>
        <source>the language of what the command says and writes (the handout too): system (the environment&apos;s LANGUAGE, LC_ALL, LC_MESSAGES or LANG), en, de or es; over the language chosen in Settings</source>
        <extracomment>The option every command takes: the language of what it says and writes (a handout for a patient who speaks another language), over Settings&apos; language, over the environment&apos;s.</extracomment>
        <translation>el idioma en el que el comando responde y escribe (también la hoja de ejercicios): system (LANGUAGE, LC_ALL, LC_MESSAGES o LANG del entorno), en, de o es; tiene prioridad sobre el idioma elegido en Ajustes</translation>
    </message>
    <message>
        <source>Guided stretch and warm-up routines for runners with ankle pain.</source>
        <translation>Rutinas guiadas de estiramiento y calentamiento para corredores con dolor de tobillo.</translation>
    </message>
    <message>
        <source>ROUTINE is a library id (see `ankle-coach list`) or the path of a routine file. With no command, or with routine files only, the app opens.</source>
        <translation>ROUTINE es un id de la biblioteca (consulta `ankle-coach list`) o la ruta de un archivo de rutina. Sin comando, o solo con archivos de rutina, se abre la aplicación.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>muestra la versión y sale</translation>
    </message>
    <message>
        <source>start in the system tray for the weekly plan&apos;s reminders, without the window (as Start at login does); the window opens when there is no tray or no reminder</source>
        <translation>inicia en la bandeja del sistema para los recordatorios del plan semanal, sin ventana (como al iniciar con la sesión); la ventana se abre si no hay bandeja o ningún recordatorio</translation>
    </message>
    <message>
        <source>the routine library</source>
        <translation>la biblioteca de rutinas</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>muestra JSON</translation>
    </message>
    <message>
        <source>check routine files</source>
        <translation>comprueba archivos de rutina</translation>
    </message>
    <message>
        <source>the timed segments and cues of a routine</source>
        <translation>los tramos cronometrados y los avisos de una rutina</translation>
    </message>
    <message>
        <source>render every cue of a routine to WAV, with DIR/manifest.json</source>
        <translation>genera cada aviso de una rutina en WAV, con DIR/manifest.json</translation>
    </message>
    <message>
        <source>the folder to write the WAV files and manifest.json in</source>
        <translation>la carpeta donde escribir los WAV y manifest.json</translation>
    </message>
    <message>
        <source>an audio-only session in the terminal</source>
        <translation>una sesión solo con sonido, en el terminal</translation>
    </message>
    <message>
        <source>Keys: Space/p pause, n next, b back, r restart exercise, d done, +/- adjust the hold by 5 s, m mute, q quit. The session is logged in your history as in the app; on a terminal you are asked how your ankle feels before and after.</source>
        <translation>Teclas: Espacio/p pausar, n siguiente, b atrás, r reiniciar el ejercicio, d hecho, +/- cambiar el tiempo de mantenimiento 5 s, m silenciar, q salir. La sesión se guarda en tu historial como en la aplicación; en un terminal se te pregunta antes y después cómo notas el tobillo.</translation>
    </message>
    <message>
        <source>beeps instead of words</source>
        <translation>pitidos en lugar de palabras</translation>
    </message>
    <message>
        <source>no sound: cues as text only</source>
        <translation>sin sonido: avisos solo como texto</translation>
    </message>
    <message>
        <source>don&apos;t ask how your ankle feels before and after (never asked when stdin is not a terminal)</source>
        <translation>no preguntar antes y después cómo notas el tobillo (nunca se pregunta si stdin no es un terminal)</translation>
    </message>
    <message>
        <source>a printable PDF of a routine</source>
        <translation>un PDF imprimible de una rutina (hoja de ejercicios)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>US Letter pages instead of A4</source>
        <translation>páginas US Letter en lugar de A4</translation>
    </message>
    <message>
        <source>check a routine package (.ankle.zip) or routine file and add it to My routines</source>
        <translation>comprueba un paquete de rutina (.ankle.zip) o un archivo de rutina y lo añade a «Mis rutinas»</translation>
    </message>
    <message>
        <source>the routine&apos;s suggested schedule: add it to the weekly plan, or not (without this, it is shown and not added)</source>
        <translation>el calendario sugerido de la rutina: añadirlo al plan semanal o no (sin esta opción, se muestra y no se añade)</translation>
    </message>
    <message>
        <source>accept the suggested schedule on these days instead</source>
        <translation>acepta el calendario sugerido, pero en estos días</translation>
    </message>
    <message>
        <source>accept the suggested schedule at this time instead</source>
        <translation>acepta el calendario sugerido, pero a esta hora</translation>
    </message>
    <message>
        <source>replace a routine of the same id already in My routines</source>
        <translation>sustituye una rutina con el mismo id que ya esté en «Mis rutinas»</translation>
    </message>
    <message>
        <source>keep a routine of the same id too; the new one gets the next free id</source>
        <translation>conserva también la rutina con el mismo id; la nueva recibe el siguiente id libre</translation>
    </message>
    <message>
        <source>write a routine package (.ankle.zip) of a routine, with its pictures</source>
        <translation>escribe un paquete (.ankle.zip) de una rutina, con sus imágenes</translation>
    </message>
    <message>
        <source>the package file to write, or a folder to write it in</source>
        <translation>el archivo del paquete que se escribe, o una carpeta donde escribirlo</translation>
    </message>
    <message>
        <source>the session log and pain check-ins</source>
        <translation>el registro de sesiones y los registros del dolor</translation>
    </message>
    <message>
        <source>this week&apos;s sessions, the streak and the latest sessions and check-ins</source>
        <translation>las sesiones de esta semana, la racha y las últimas sesiones y registros del dolor</translation>
    </message>
    <message>
        <source>show the latest N (10)</source>
        <translation>muestra los últimos N (10)</translation>
    </message>
    <message>
        <source>every session and check-in as CSV, e.g. for an appointment</source>
        <translation>todas las sesiones y registros del dolor en CSV, p. ej. para una cita</translation>
    </message>
    <message>
        <source>the CSV file to write (its columns are named in English)</source>
        <translation>el archivo CSV que se escribe (sus columnas tienen nombres en inglés)</translation>
    </message>
    <message>
        <source>also write the weekly plan&apos;s sessions (done, missed, to come) to this CSV</source>
        <translation>escribe también las sesiones del plan semanal (hechas, perdidas, pendientes) en este CSV</translation>
    </message>
    <message>
        <source>record a pain check-in, then say what the see-a-doctor rules advise</source>
        <translation>guarda un registro del dolor y dice qué aconsejan las reglas sobre cuándo ir al médico</translation>
    </message>
    <message>
        <source>pain from 0 (none) to 10 (the worst)</source>
        <translation>dolor de 0 (ninguno) a 10 (el peor)</translation>
    </message>
    <message>
        <source>a warning sign: swelling, cannot-bear-weight, pain-at-rest-or-night, numbness-or-tingling, unhealed-injury</source>
        <translation>una señal de alarma: swelling (hinchazón), cannot-bear-weight (no puedes apoyar el pie), pain-at-rest-or-night (dolor en reposo o de noche), numbness-or-tingling (entumecimiento u hormigueo), unhealed-injury (lesión sin curar)</translation>
    </message>
    <message>
        <source>when it was, for a check-in you forgot to record</source>
        <translation>cuándo fue, para un registro que olvidaste guardar</translation>
    </message>
    <message>
        <source>what the see-a-doctor rules say now</source>
        <translation>qué dicen ahora las reglas sobre cuándo ir al médico</translation>
    </message>
    <message>
        <source>add the app to your desktop&apos;s menu, opening routine packages (.ankle.zip)</source>
        <translation>añade la aplicación al menú de tu escritorio, para abrir paquetes de rutina (.ankle.zip)</translation>
    </message>
    <message>
        <source>Puts the menu entry, the icon and the routine package file type under $XDG_DATA_HOME (~/.local/share), starting this same ankle-coach, and updates the desktop&apos;s caches.</source>
        <translation>Coloca la entrada del menú, el icono y el tipo de archivo de los paquetes de rutina en $XDG_DATA_HOME (~/.local/share), que inician este mismo ankle-coach, y actualiza las cachés del escritorio.</translation>
    </message>
    <message>
        <source>remove what install-desktop put there</source>
        <translation>elimina lo que install-desktop colocó allí</translation>
    </message>
    <message>
        <source>the weekly plan: reminders of a routine on chosen days at a local time</source>
        <translation>el plan semanal: recordatorios de una rutina en los días elegidos a una hora local</translation>
    </message>
    <message>
        <source>Times are wall-clock times where you are (TZ, else the system&apos;s zone): 18:30 stays 18:30 across daylight-saving changes and time-zone moves.</source>
        <translation>Las horas son horas locales donde estés (TZ, si no, la zona del sistema): las 18:30 siguen siendo las 18:30 con el cambio de hora y al cambiar de zona horaria.</translation>
    </message>
    <message>
        <source>remind of a routine on some days at a time</source>
        <translation>recuerda una rutina ciertos días a una hora</translation>
    </message>
    <message>
        <source>a library id, as `ankle-coach list` shows</source>
        <translation>un id de la biblioteca, como lo muestra `ankle-coach list`</translation>
    </message>
    <message>
        <source>mon,wed,fri (or full names, or a range such as mon-fri), daily, weekdays or weekends (daily)</source>
        <translation>lu,mi,vi (o nombres completos, o un intervalo como lu-vi), diario, laborables o fin de semana; también en inglés: mon,wed,fri, daily, weekdays, weekends (diario)</translation>
    </message>
    <message>
        <source>the time, 24-hour, e.g. 18:30</source>
        <translation>la hora, en formato de 24 horas, p. ej. 18:30</translation>
    </message>
    <message>
        <source>every reminder and when it is next</source>
        <translation>todos los recordatorios y cuándo es el próximo</translation>
    </message>
    <message>
        <source>the next reminder, in ISO 8601 with the UTC offset</source>
        <translation>el próximo recordatorio, en ISO 8601 con la diferencia respecto a UTC</translation>
    </message>
    <message>
        <source>print JSON (null when none)</source>
        <translation>muestra JSON (null si no hay ninguno)</translation>
    </message>
    <message>
        <source>remove a reminder</source>
        <translation>elimina un recordatorio</translation>
    </message>
    <message>
        <source>remind again</source>
        <translation>vuelve a recordar</translation>
    </message>
    <message>
        <source>keep a reminder but stop reminding</source>
        <translation>conserva un recordatorio pero deja de recordar</translation>
    </message>
    <message>
        <source>its id, as `schedule list` shows</source>
        <translation>su id, como lo muestra `schedule list`</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu: sudo apt install libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core (the README&apos;s Quick start has Fedora&apos;s too).</source>
        <extracomment>Said when Qt&apos;s own libraries cannot load a system library (README, Quick start).</extracomment>
        <translation>En Debian o Ubuntu: sudo apt install libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core (el inicio rápido del README incluye también los de Fedora).</translation>
    </message>
    <message>
        <source>ankle-coach: the window cannot start: {reason}</source>
        <translation>ankle-coach: la ventana no puede iniciarse: {reason}</translation>
    </message>
    <message>
        <source>ankle-coach: what the command printed was lost: {reason}</source>
        <extracomment>Errors of writing what a command prints: a full disk (`&gt; file` on it), /dev/full, a terminal gone, a descriptor closed under it.</extracomment>
        <translation>ankle-coach: lo que escribió el comando se ha perdido: {reason}</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (the usage line, the headings, its errors), which it asks gettext for: given in the language chosen (see _argparse_speaks).</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
</context>
<context>
    <name>commands.desktop</name>
    <message>
        <source>{tool}: not installed, skipped (the desktop reads the files at log-in)</source>
        <extracomment>The cache tools, each with its arguments given the XDG data folder.</extracomment>
        <translation>{tool}: no está instalado, se omite (el escritorio lee los archivos al iniciar sesión)</translation>
    </message>
    <message>
        <source>{tool}: could not run: {reason}</source>
        <translation>{tool}: no se pudo ejecutar: {reason}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>código de salida {code}</translation>
    </message>
    <message>
        <source>{tool}: failed: {reason}</source>
        <translation>{tool}: falló: {reason}</translation>
    </message>
    <message>
        <source>{tool}: updated</source>
        <translation>{tool}: actualizado</translation>
    </message>
    <message>
        <source>{path}: cannot install: {reason}</source>
        <translation>{path}: no se puede instalar: {reason}</translation>
    </message>
    <message>
        <source>installed {path}</source>
        <translation>instalado: {path}</translation>
    </message>
    <message>
        <source>the menu entry starts: {command}</source>
        <translation>la entrada del menú inicia: {command}</translation>
    </message>
    <message>
        <source>{path}: cannot remove: {reason}</source>
        <translation>{path}: no se puede eliminar: {reason}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>eliminado: {path}</translation>
    </message>
    <message>
        <source>Ankle Coach was not installed in {path}; nothing to remove</source>
        <translation>Ankle Coach no estaba instalado en {path}; no hay nada que eliminar</translation>
    </message>
    <message>
        <source>install-desktop is for Linux and BSD desktops (freedesktop.org menus); nothing was written</source>
        <translation>install-desktop es para escritorios Linux y BSD (menús de freedesktop.org); no se ha escrito nada</translation>
    </message>
</context>
<context>
    <name>commands.handout</name>
    <message>
        <source>{size}: not a page size; use A4 or Letter</source>
        <translation>{size}: no es un tamaño de página; usa A4 o Letter</translation>
    </message>
    <message>
        <source>{path}: cannot write the handout: {reason}</source>
        <translation>{path}: no se puede escribir la hoja de ejercicios: {reason}</translation>
    </message>
    <message>
        <source>{path}: the handout of “{title}”, 1 page ({size})</source>
        <translation>{path}: la hoja de ejercicios de «{title}», 1 página ({size})</translation>
    </message>
    <message>
        <source>{path}: the handout of “{title}”, {pages} pages ({size})</source>
        <translation>{path}: la hoja de ejercicios de «{title}», {pages} páginas ({size})</translation>
    </message>
    <message>
        <source>left out of the handout: {why}</source>
        <translation>no aparece en la hoja de ejercicios: {why}</translation>
    </message>
</context>
<context>
    <name>commands.history</name>
    <message>
        <source>Nothing was exported: the history file {path} could not be read.</source>
        <extracomment>Exit status for input the command refuses (as argparse uses for a bad option).</extracomment>
        <translation>No se ha exportado nada: no se pudo leer el archivo del historial {path}.</translation>
    </message>
    <message>
        <source>{path}: cannot write the export: {reason}</source>
        <translation>{path}: no se puede escribir la exportación: {reason}</translation>
    </message>
    <message>
        <source>{sessions} and {check_ins} written to {path}</source>
        <translation>{sessions} y {check_ins} escritos en {path}</translation>
    </message>
    <message>
        <source>{count} planned session written to {path}</source>
        <translation>{count} sesión planificada escrita en {path}</translation>
    </message>
    <message>
        <source>{count} planned sessions written to {path}</source>
        <translation>{count} sesiones planificadas escritas en {path}</translation>
    </message>
    <message>
        <source>No history: the history file could not be read. Try again later.</source>
        <extracomment>How many entries `history list` shows unless told.</extracomment>
        <translation>Sin historial: no se pudo leer el archivo del historial. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>This week: {sessions}. Current streak: {current}; longest: {longest}.</source>
        <translation>Esta semana: {sessions}. Racha actual: {current}; la más larga: {longest}.</translation>
    </message>
    <message>
        <source>No sessions or check-ins yet.</source>
        <translation>Todavía no hay sesiones ni registros del dolor.</translation>
    </message>
    <message>
        <source>The only entry:</source>
        <translation>El único registro:</translation>
    </message>
    <message>
        <source>All {total} entries, newest first:</source>
        <translation>Los {total} registros, los más recientes primero:</translation>
    </message>
    <message>
        <source>The latest of {total} entries:</source>
        <translation>El más reciente de {total} registros:</translation>
    </message>
    <message>
        <source>The latest {shown} of {total}, newest first:</source>
        <translation>Los últimos {shown} de {total}, los más recientes primero:</translation>
    </message>
    <message>
        <source>{title}: {outcome}</source>
        <translation>{title}: {outcome}</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Registro del dolor</translation>
    </message>
    <message>
        <source>pain {before} → {after}</source>
        <translation>dolor {before} → {after}</translation>
    </message>
    <message>
        <source>pain {rating}</source>
        <translation>dolor {rating}</translation>
    </message>
    <message>
        <source>warning signs: {signs}</source>
        <translation>señales de alarma: {signs}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} {time}</source>
        <translation>{weekday} {day} {month} {year} {time}</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (counts toward the week)</source>
        <translation>terminada con el {percent} % del trabajo hecho (cuenta para la semana)</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (not counted)</source>
        <translation>terminada con el {percent} % del trabajo hecho (no cuenta)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (counts toward the week)</source>
        <translation>detenida con el {percent} % del trabajo hecho (cuenta para la semana)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (not counted)</source>
        <translation>detenida con el {percent} % del trabajo hecho (no cuenta)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (counts toward the week)</source>
        <translation>sin terminar, con el {percent} % del trabajo hecho (cuenta para la semana)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (not counted)</source>
        <translation>sin terminar, con el {percent} % del trabajo hecho (no cuenta)</translation>
    </message>
    <message>
        <source>{count} session</source>
        <extracomment>How each language groups the thousands of a count (&quot;12,345&quot;, &quot;12.345&quot;).</extracomment>
        <translation>{count} sesión</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sesiones</translation>
    </message>
    <message>
        <source>{count} check-in</source>
        <translation>{count} registro del dolor</translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation>{count} registros del dolor</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>give a pain rating (--pain 0-10), a warning sign (--sign), or both</source>
        <translation>indica un valor de dolor (--pain 0-10), una señal de alarma (--sign) o ambos</translation>
    </message>
    <message>
        <source>This check-in could not be kept: the history file could not be used.</source>
        <translation>No se pudo guardar este registro: no se pudo usar el archivo del historial.</translation>
    </message>
    <message>
        <source>Check-in recorded: {check_in}.</source>
        <translation>Registro del dolor guardado: {check_in}.</translation>
    </message>
    <message>
        <source>No advice: the check-ins could not be read. Try again later.</source>
        <translation>Sin consejo: no se pudieron leer los registros del dolor. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>--pain: must be a whole number from 0 to 10, not “{given}”</source>
        <translation>--pain: debe ser un número entero de 0 a 10, no «{given}»</translation>
    </message>
    <message>
        <source>--pain: must be a whole number from 0 to 10, not {given}</source>
        <translation>--pain: debe ser un número entero de 0 a 10, no {given}</translation>
    </message>
    <message>
        <source>--sign: “{given}” is not a warning sign; use one of {known}</source>
        <translation>--sign: «{given}» no es una señal de alarma; usa una de estas: {known}</translation>
    </message>
    <message>
        <source>--when: “{given}” is not a date and time in ISO 8601, e.g. 2026-03-30T18:30</source>
        <translation>--when: «{given}» no es una fecha y hora en ISO 8601, p. ej. 2026-03-30T18:30</translation>
    </message>
    <message>
        <source>--when: {given} is in the future</source>
        <translation>--when: {given} está en el futuro</translation>
    </message>
    <message>
        <source>no rating; warning signs: {signs}</source>
        <translation>sin valor de dolor; señales de alarma: {signs}</translation>
    </message>
    <message>
        <source>no rating; no warning signs</source>
        <translation>sin valor de dolor; sin señales de alarma</translation>
    </message>
    <message>
        <source>pain {rating} out of 10; warning signs: {signs}</source>
        <translation>dolor {rating} de 10; señales de alarma: {signs}</translation>
    </message>
    <message>
        <source>pain {rating} out of 10; no warning signs</source>
        <translation>dolor {rating} de 10; sin señales de alarma</translation>
    </message>
</context>
<context>
    <name>commands.routines</name>
    <message>
        <source>built-in</source>
        <extracomment>Where a routine came from, as `list` says it (its JSON keeps the machine names).</extracomment>
        <translation>incluida</translation>
    </message>
    <message>
        <source>my routines</source>
        <translation>mis rutinas</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>{count} routine file could not be loaded:</source>
        <translation>No se pudo cargar {count} archivo de rutina:</translation>
    </message>
    <message>
        <source>{count} routine files could not be loaded:</source>
        <translation>No se pudieron cargar {count} archivos de rutina:</translation>
    </message>
    <message>
        <source>Rendering cues: {done}/{total}</source>
        <translation>Generando avisos: {done}/{total}</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation>Sin voz: {reason}</translation>
    </message>
    <message>
        <source>{path}: no space left on device</source>
        <translation>{path}: no queda espacio en el dispositivo</translation>
    </message>
    <message>
        <source>{path}: cannot write the cue files: {reason}</source>
        <translation>{path}: no se pueden escribir los archivos de avisos: {reason}</translation>
    </message>
    <message>
        <source>{count} cues of “{title}” ({seconds} s of speech) in {folder}; see {manifest}</source>
        <translation>{count} avisos de «{title}» ({seconds} s de voz) en {folder}; consulta {manifest}</translation>
    </message>
</context>
<context>
    <name>commands.run</name>
    <message>
        <source>Before you start: how does your ankle feel?</source>
        <extracomment>Exit status after Ctrl-C at a question, as after Ctrl-C in the session (128 + SIGINT).</extracomment>
        <translation>Antes de empezar: ¿cómo notas el tobillo?</translation>
    </message>
    <message>
        <source>After the session: how does your ankle feel?</source>
        <translation>Después de la sesión: ¿cómo notas el tobillo?</translation>
    </message>
    <message>
        <source>How does your ankle feel?</source>
        <translation>¿Cómo notas el tobillo?</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (the worst), or Enter to skip: </source>
        <translation>Dolor de 0 (sin dolor) a 10 (el peor), o Intro para omitir: </translation>
    </message>
    <message>
        <source>Warning signs: their numbers (e.g. 1 3), or Enter for none: </source>
        <translation>Señales de alarma: sus números (p. ej. 1 3), o Intro si no hay ninguna: </translation>
    </message>
    <message>
        <source>y yes</source>
        <extracomment>The answers yes_or_no takes, in English always and in the language in use.</extracomment>
        <translation>s sí si</translation>
    </message>
    <message>
        <source>n no</source>
        <translation>n no</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>No se ha iniciado.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>Logged in your history: {session}</source>
        <translation>Guardado en tu historial: {session}</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (counts toward this week)</source>
        <translation>terminada con el {percent} % del trabajo hecho (cuenta para esta semana)</translation>
    </message>
    <message>
        <source>finished with {percent}% of its work done (less than half: not counted toward the week or the streak)</source>
        <translation>terminada con el {percent} % del trabajo hecho (menos de la mitad: no cuenta para la semana ni para la racha)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (counts toward this week)</source>
        <translation>detenida con el {percent} % del trabajo hecho (cuenta para esta semana)</translation>
    </message>
    <message>
        <source>stopped with {percent}% of its work done (less than half: not counted toward the week or the streak)</source>
        <translation>detenida con el {percent} % del trabajo hecho (menos de la mitad: no cuenta para la semana ni para la racha)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (counts toward this week)</source>
        <translation>sin terminar, con el {percent} % del trabajo hecho (cuenta para esta semana)</translation>
    </message>
    <message>
        <source>not finished, with {percent}% of its work done (less than half: not counted toward the week or the streak)</source>
        <translation>sin terminar, con el {percent} % del trabajo hecho (menos de la mitad: no cuenta para la semana ni para la racha)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>{outcome}; completed: {exercises}.</source>
        <translation>{outcome}; ejercicios completados: {exercises}.</translation>
    </message>
    <message>
        <source>{outcome}; no exercise completed.</source>
        <translation>{outcome}; ningún ejercicio completado.</translation>
    </message>
    <message>
        <source>Check-in recorded: {check_in}.</source>
        <translation>Registro del dolor guardado: {check_in}.</translation>
    </message>
    <message>
        <source>Please answer y or n.</source>
        <translation>Responde s o n.</translation>
    </message>
    <message>
        <source>{question} (--no-check-in skips this)</source>
        <translation>{question} (--no-check-in omite esta pregunta)</translation>
    </message>
    <message>
        <source>Any warning signs?</source>
        <translation>¿Hay señales de alarma?</translation>
    </message>
    <message>
        <source>No check-in this time.</source>
        <translation>Esta vez no hay registro del dolor.</translation>
    </message>
    <message>
        <source>“{answer}” is not a whole number from 0 to 10.</source>
        <translation>«{answer}» no es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>“{answer}”: type the numbers 1 to {last} only.</source>
        <translation>«{answer}»: escribe solo los números del 1 al {last}.</translation>
    </message>
    <message>
        <source>Ankle Coach advises against exercising the ankle until a clinician has seen it. Start the routine anyway? [y/N] </source>
        <translation>Ankle Coach desaconseja ejercitar el tobillo hasta que lo vea un profesional sanitario. ¿Empezar la rutina de todos modos? [s/N] </translation>
    </message>
    <message>
        <source>Start the routine? [Y/n] </source>
        <translation>¿Empezar la rutina? [S/n] </translation>
    </message>
    <message>
        <source>This session could not be written to the history: {reason}</source>
        <translation>No se pudo guardar esta sesión en el historial: {reason}</translation>
    </message>
</context>
<context>
    <name>commands.schedule</name>
    <message>
        <source>the weekly plan was not saved: {reason}</source>
        <extracomment>Exit status for input the command refuses (as argparse uses for a bad option). How the command line names each field of a reminder in its one-line errors.</extracomment>
        <translation>no se ha guardado el plan semanal: {reason}</translation>
    </message>
    <message>
        <source>{routine} is already planned at that time (reminder {id}: {reminder})</source>
        <translation>{routine} ya está planificada a esa hora (recordatorio {id}: {reminder})</translation>
    </message>
    <message>
        <source>Added reminder {id}: {title}, {reminder}. Next: {when} ({iso}).</source>
        <translation>Recordatorio {id} añadido: {title}, {reminder}. Próximo: {when} ({iso}).</translation>
    </message>
    <message>
        <source>Added reminder {id}: {title}, {reminder}. Next: none.</source>
        <translation>Recordatorio {id} añadido: {title}, {reminder}. Próximo: ninguno.</translation>
    </message>
    <message>
        <source>No reminders yet. Add one with: {example}</source>
        <translation>Todavía no hay recordatorios. Añade uno con: {example}</translation>
    </message>
    <message>
        <source>{routine} (not in your library)</source>
        <translation>{routine} (no está en tu biblioteca)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>RUTINA</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>PRÓXIMO</translation>
    </message>
    <message>
        <source>Times are local ({zone}).</source>
        <translation>Las horas son locales ({zone}).</translation>
    </message>
    <message>
        <source>No reminder is coming: the weekly plan is empty.</source>
        <translation>No hay ningún recordatorio próximo: el plan semanal está vacío.</translation>
    </message>
    <message>
        <source>No reminder is coming: every reminder is off.</source>
        <translation>No hay ningún recordatorio próximo: todos los recordatorios están desactivados.</translation>
    </message>
    <message>
        <source>No reminder is coming: every reminder has ended.</source>
        <translation>No hay ningún recordatorio próximo: todos los recordatorios han terminado.</translation>
    </message>
    <message>
        <source>No reminder is coming: no reminder that is on has a planned day left before its end.</source>
        <translation>No hay ningún recordatorio próximo: a ningún recordatorio activo le queda un día planificado antes de terminar.</translation>
    </message>
    <message>
        <source>{routine} (not found)</source>
        <translation>{routine} (no encontrada)</translation>
    </message>
    <message>
        <source>{iso}  {title}, {when} (reminder {id}: {reminder})</source>
        <translation>{iso}  {title}, {when} (recordatorio {id}: {reminder})</translation>
    </message>
    <message>
        <source>Removed reminder {id}: {routine}, {reminder}.</source>
        <translation>Recordatorio {id} eliminado: {routine}, {reminder}.</translation>
    </message>
    <message>
        <source>Reminder {id} ({routine}, {reminder}) is on; next {next}.</source>
        <translation>El recordatorio {id} ({routine}, {reminder}) está activado; próximo: {next}.</translation>
    </message>
    <message>
        <source>Reminder {id} ({routine}, {reminder}) is off.</source>
        <translation>El recordatorio {id} ({routine}, {reminder}) está desactivado.</translation>
    </message>
    <message>
        <source>“{given}” is not a reminder id; see `ankle-coach schedule list`</source>
        <translation>«{given}» no es un id de recordatorio; consulta `ankle-coach schedule list`</translation>
    </message>
    <message>
        <source>“{routine}” is a file; reminders are for routines in your library: add it with `ankle-coach import FILE`, then use its id</source>
        <translation>«{routine}» es un archivo; los recordatorios son para rutinas de tu biblioteca: añádela con `ankle-coach import FILE` y usa su id</translation>
    </message>
    <message>
        <source>“{routine}” cannot be loaded; `ankle-coach list` says why</source>
        <translation>«{routine}» no se puede cargar; `ankle-coach list` dice por qué</translation>
    </message>
    <message>
        <source>no routine has the id “{routine}” (ids: {known})</source>
        <translation>ninguna rutina tiene el id «{routine}» (ids: {known})</translation>
    </message>
    <message>
        <source>no routine has the id “{routine}” (there are none)</source>
        <translation>ninguna rutina tiene el id «{routine}» (no hay ninguna)</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>terminó el {date}</translation>
    </message>
    <message>
        <source>none left, ends on {date}</source>
        <translation>no quedan, termina el {date}</translation>
    </message>
    <message>
        <source>{when}, until {date}</source>
        <translation>{when}, hasta el {date}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
</context>
<context>
    <name>commands.sharing</name>
    <message>
        <source>{path}: cannot import the routine into My routines: {reason}</source>
        <translation>{path}: no se puede importar la rutina a «Mis rutinas»: {reason}</translation>
    </message>
    <message>
        <source>{path}: My routines already has “{id}” ({where}); nothing was changed. Use --replace to replace it, or --keep-both to keep both (the new one as “{new_id}”).</source>
        <translation>{path}: «Mis rutinas» ya tiene «{id}» ({where}); no se ha cambiado nada. Usa --replace para sustituirla o --keep-both para conservar ambas (la nueva como «{new_id}»).</translation>
    </message>
    <message>
        <source>Imported into My routines as {id}: {path} (it replaced the one there before)</source>
        <translation>Importada a «Mis rutinas» como {id}: {path} (sustituye a la que había)</translation>
    </message>
    <message>
        <source>Imported into My routines as {id}: {path}</source>
        <translation>Importada a «Mis rutinas» como {id}: {path}</translation>
    </message>
    <message>
        <source>--days and --at change a plan to accept, not decline</source>
        <translation>--days y --at cambian un plan que se acepta, no uno que se rechaza</translation>
    </message>
    <message>
        <source>Suggested schedule: {schedule}.</source>
        <translation>Calendario sugerido: {schedule}.</translation>
    </message>
    <message>
        <source>Not added to your weekly plan. To add it: {command} (or import with --plan accept, which also ends it after its weeks)</source>
        <translation>No se ha añadido a tu plan semanal. Para añadirlo: {command} (o importa con --plan accept, que además lo termina tras sus semanas)</translation>
    </message>
    <message>
        <source>Not added to your weekly plan.</source>
        <translation>No se ha añadido a tu plan semanal.</translation>
    </message>
    <message>
        <source>The weekly plan could not be saved: {reason}</source>
        <translation>No se pudo guardar el plan semanal: {reason}</translation>
    </message>
    <message>
        <source>Added to your weekly plan (reminder {id}): {reminder}, until {date}.</source>
        <translation>Añadido a tu plan semanal (recordatorio {id}): {reminder}, hasta el {date}.</translation>
    </message>
    <message>
        <source>Added to your weekly plan (reminder {id}): {reminder}.</source>
        <translation>Añadido a tu plan semanal (recordatorio {id}): {reminder}.</translation>
    </message>
    <message>
        <source>{path}: cannot read the routine: {reason}</source>
        <translation>{path}: no se puede leer la rutina: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write the routine package: {reason}</source>
        <translation>{path}: no se puede escribir el paquete de la rutina: {reason}</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}: one file to send as it is.</source>
        <translation>«{title}» exportada a {path}: un solo archivo para enviar tal cual.</translation>
    </message>
</context>
<context>
    <name>core.autostart</name>
    <message>
        <source>Reminders of your weekly plan of stretches</source>
        <extracomment>The argument that starts the app in the tray, without its window (as at login). A line every entry we write carries, so we never remove a file someone else put there. Characters that make an Exec argument need quoting (Desktop Entry spec, &quot;The Exec key&quot;). The entry&apos;s comment, which a desktop shows in its list of programs started at login.</extracomment>
        <translation>Recordatorios de tu plan semanal de estiramientos</translation>
    </message>
</context>
<context>
    <name>core.cues</name>
    <message>
        <source>Go.</source>
        <extracomment>Silence kept between the end of one cue and the start of the next. The voice&apos;s default rate in words per minute (speech/voice.py); a calm pace for the floor. Words and numbers: letters of any alphabet (&quot;Übung&quot;, &quot;repetición&quot;), or digits. Each language&apos;s fit for cues of more than one word. English: every built-in cue at 150, 170 and 200 wpm; the fit&apos;s worst case was 19 % over it. German and Spanish: every cue of the 7 built-ins, as shipped and with their exercises&apos; words in the language, at 120 to 260 wpm (benchmarks/cue_length_fit.py, figures in benchmarks/RESULTS.md). A fit of its own for a cue of one word (a count, &quot;Los.&quot;, &quot;¡Ya!&quot;), where it matters most: &quot;3, 2, 1&quot; are said a second apart, and a count within its rep. The line through the long cues says too much for them (&quot;uno&quot; at 120 wpm would not fit its second). English keeps the one model it was fitted with.</extracomment>
        <translation>¡Ya!</translation>
    </message>
    <message>
        <source>Get ready.</source>
        <translation>Prepárate.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Descanso.</translation>
    </message>
    <message>
        <source>1 rep.</source>
        <translation>Una repetición.</translation>
    </message>
    <message>
        <source>{reps} reps.</source>
        <translation>{reps} repeticiones.</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>una repetición</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} repeticiones</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Vas por la mitad.</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Rutina terminada. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Lado izquierdo.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Lado derecho.</translation>
    </message>
    <message>
        <source>Set {number} of {sets}.</source>
        <translation>Serie {number} de {sets}.</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>un minuto</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>un segundo</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} segundos</translation>
    </message>
    <message>
        <source>hold for {time}</source>
        <translation>mantener {time}</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>a tu ritmo</translation>
    </message>
    <message>
        <source>{sets} sets of 1 rep</source>
        <translation>{sets} series de una repetición</translation>
    </message>
    <message>
        <source>{sets} sets of {reps} reps</source>
        <translation>{sets} series de {reps} repeticiones</translation>
    </message>
    <message>
        <source>{what}, {sets} times</source>
        <translation>{what}, {sets} veces</translation>
    </message>
    <message>
        <source>each direction</source>
        <translation>en cada sentido</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>en cada lado</translation>
    </message>
    <message>
        <source>Hold for {time}.</source>
        <translation>Mantén {time}.</translation>
    </message>
    <message>
        <source>Go for {time}.</source>
        <translation>Vamos, durante {time}.</translation>
    </message>
    <message>
        <source>Press Done when you have finished.</source>
        <translation>Cuando termines, pulsa «Hecho».</translation>
    </message>
    <message>
        <source>Stop if it hurts.</source>
        <translation>Si duele, para.</translation>
    </message>
    <message>
        <source>Get ready. First: {name}, {overview}.</source>
        <extracomment>The caution in English (the source of `stop_if_it_hurts`).</extracomment>
        <translation>Prepárate. Primero: {name}, {overview}.</translation>
    </message>
    <message>
        <source>Get ready. First: {name}.</source>
        <translation>Prepárate. Primero: {name}.</translation>
    </message>
    <message>
        <source>Rest. Next: {name}, {overview}.</source>
        <translation>Descanso. Siguiente: {name}, {overview}.</translation>
    </message>
    <message>
        <source>Rest. Next: {name}.</source>
        <translation>Descanso. Siguiente: {name}.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {sets}, left side.</source>
        <translation>Descanso. Siguiente: serie {number} de {sets}, lado izquierdo.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {sets}, right side.</source>
        <translation>Descanso. Siguiente: serie {number} de {sets}, lado derecho.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {sets}.</source>
        <translation>Descanso. Siguiente: serie {number} de {sets}.</translation>
    </message>
    <message>
        <source>Now the left.</source>
        <translation>El izquierdo.</translation>
    </message>
    <message>
        <source>Now the right.</source>
        <translation>El derecho.</translation>
    </message>
    <message>
        <source>The other way.</source>
        <translation>Al revés.</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Cambia al lado izquierdo.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Cambia al lado derecho.</translation>
    </message>
    <message>
        <source>Switch to {direction}.</source>
        <translation>Ahora, {direction}.</translation>
    </message>
    <message>
        <source>Switch.</source>
        <translation>Cambia.</translation>
    </message>
</context>
<context>
    <name>core.decoding</name>
    <message>
        <source>a whole number</source>
        <extracomment>msgspec&apos;s messages, as in &quot;Expected `int` &gt;= 1 - at `$.exercises[0].sets`&quot;. The longest unknown field name a problem repeats whole (a hostile file&apos;s megabyte key is cut). msgspec&apos;s type names in a file author&apos;s words, when a field has no words of its own (shown with `i18n.translate(&quot;core.decoding&quot;, words)`).</extracomment>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a quote, or a list of quotes</source>
        <translation>un texto entre comillas o una lista de ellos</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>the file cannot be read: line {line} has a key of more than {parts} dotted parts</source>
        <extracomment>tomllib&apos;s time grows with the square of a key&apos;s dotted parts (`a.b.c = 1`, and the same in table headers and inline tables): 25 s for one key of 40,000 parts, an hour for one that fills a 1 MiB file. No file the app reads needs more than a few parts. A key part: bare, or quoted and at most 128 characters long, so that the search stays linear (a longer quoted part is not counted: 1 MiB of them makes a key tomllib reads in under 1 s). MAX_KEY_PARTS dots, each followed by a part: a key of more parts than that. Starting at a dot lets the search skip to the dots, about a microsecond for a routine file.</extracomment>
        <translation>no se puede leer el archivo: la línea {line} tiene una clave de más de {parts} partes separadas por puntos</translation>
    </message>
    <message>
        <source>this is not valid TOML: {what}</source>
        <translation>esto no es TOML válido: {what}</translation>
    </message>
    <message>
        <source>this is not valid TOML: line {line}, column {column}: {what}</source>
        <translation>esto no es TOML válido: línea {line}, columna {column}: {what}</translation>
    </message>
    <message>
        <source>nan (not a number)</source>
        <translation>nan (no es un número)</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>infinito</translation>
    </message>
    <message>
        <source>minus infinity</source>
        <translation>menos infinito</translation>
    </message>
    <message>
        <source>a negative number of over 300 digits</source>
        <translation>un número negativo de más de 300 cifras</translation>
    </message>
    <message>
        <source>a number of over 300 digits</source>
        <translation>un número de más de 300 cifras</translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation>el texto «{text}»</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>un {type}</translation>
    </message>
    <message>
        <source>is not a field of {kind}; did you mean &quot;{close}&quot;? (known fields: {fields})</source>
        <translation>no es un campo de {kind}; ¿querías decir «{close}»? (campos conocidos: {fields})</translation>
    </message>
    <message>
        <source>is not a field of {kind} (known fields: {fields})</source>
        <translation>no es un campo de {kind} (campos conocidos: {fields})</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>es obligatorio, pero falta</translation>
    </message>
    <message>
        <source>must be {kind}, not {value}</source>
        <translation>debe ser {kind}, no {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is too long: at most {limit} {unit}</source>
        <translation>es demasiado largo: como máximo {limit} {unit}</translation>
    </message>
    <message>
        <source>is too long: at most {limit} characters</source>
        <translation>es demasiado largo: como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>is too long: at most {limit} items</source>
        <translation>es demasiado largo: como máximo {limit} elementos</translation>
    </message>
    <message>
        <source>must be {choices}, not {value}</source>
        <translation>debe ser {choices}, no {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}, not {value}</source>
        <translation>debe estar entre {low} y {high} {unit}, no {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>debe estar entre {low} y {high}, no {value}</translation>
    </message>
    <message>
        <source>must be at least {bound} {unit}, not {value}</source>
        <translation>debe ser al menos {bound} {unit}, no {value}</translation>
    </message>
    <message>
        <source>must be at least {bound}, not {value}</source>
        <translation>debe ser al menos {bound}, no {value}</translation>
    </message>
    <message>
        <source>must be at most {bound} {unit}, not {value}</source>
        <translation>debe ser como máximo {bound} {unit}, no {value}</translation>
    </message>
    <message>
        <source>must be at most {bound}, not {value}</source>
        <translation>debe ser como máximo {bound}, no {value}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
</context>
<context>
    <name>core.editor_form</name>
    <message>
        <source>Hold for a time</source>
        <extracomment>The choices&apos; names (shown with `translate(&quot;core.editor_form&quot;, name)`).</extracomment>
        <translation>Mantener un tiempo</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>For a time (moving)</source>
        <translation>Durante un tiempo (en movimiento)</translation>
    </message>
    <message>
        <source>At own pace (waits for Done)</source>
        <translation>A tu ritmo (espera a «Hecho»)</translation>
    </message>
    <message>
        <source>Not sided</source>
        <translation>Sin lados</translation>
    </message>
    <message>
        <source>Each side (left, then right)</source>
        <translation>Cada lado (primero el izquierdo, luego el derecho)</translation>
    </message>
    <message>
        <source>Each side (right, then left)</source>
        <translation>Cada lado (primero el derecho, luego el izquierdo)</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Solo el izquierdo</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo el derecho</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Clockwise, then counter-clockwise</source>
        <translation>En sentido horario y luego antihorario</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizados…</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>The path a routine not saved yet is named by in its problems (the editor shows their labels). A file chosen from the disk, copied next to the routine (as `image`) when it is saved. Its texts in other languages, as the file holds them (core/routine_translations.py). The title and summary in other languages, as the file holds them. What the editor calls each field of a routine file, for its Problems list (shown with `translate(&quot;core.editor_form&quot;, label)`).</extracomment>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Tiempo de preparación</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Custom cue</source>
        <translation>Indicación propia</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Segundos por repetición</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Tiempo de cambio</translation>
    </message>
    <message>
        <source>{label} ({language})</source>
        <translation>{label} ({language})</translation>
    </message>
    <message>
        <source>Exercise {number}, {label}</source>
        <translation>Ejercicio {number}, {label}</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <extracomment>A translation&apos;s field: `translations.de.title`, `exercises[0].translations.de.cue`. The routine&apos;s and an exercise&apos;s inputs that hold text a file may translate.</extracomment>
        <translation>Ejercicio {number}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source> (my version)</source>
        <extracomment>Added to a copy&apos;s title: the library lists the copy and the routine it came from apart. The file&apos;s English title gets the English mark; each translated title its language&apos;s.</extracomment>
        <translation> (mi versión)</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>Edited from the built-in routine “{title}”.</source>
        <translation>Editada a partir de la rutina incluida «{title}».</translation>
    </message>
</context>
<context>
    <name>core.guidance</name>
    <message>
        <source>The article says there&apos;s no guarantee these stretches will get rid of your symptoms, but they do help a lot of people with ankle discomfort.</source>
        <extracomment>The `source` of an item that is Ankle Coach&apos;s own advice rather than the article&apos;s. The article every statement comes from, as the handout and the About box name it. Shown with the routines: the article&apos;s own expectation, so nobody reads a routine as a cure. Shown as `translate(&quot;core.guidance&quot;, EXPECTATION)`.</extracomment>
        <translation>Según el artículo, no hay garantía de que estos estiramientos eliminen tus síntomas, pero sí ayudan a mucha gente con molestias en el tobillo.</translation>
    </message>
    <message>
        <source>Ankle Coach does not replace a clinician. This is general advice from one article, not a diagnosis. If your ankle worries you, see a doctor.</source>
        <extracomment>Shown wherever a routine is (overview, handout, `ankle-coach run`), even with the sidebar hidden; the same words as the disclaimer section&apos;s title and text (in every language: a test holds the translations to that). Shown as `translate(&quot;core.guidance&quot;, DISCLAIMER)`.</extracomment>
        <translation>Ankle Coach no sustituye a un profesional sanitario. Son consejos generales sacados de un solo artículo, no un diagnóstico. Si tu tobillo te preocupa, consulta a un médico.</translation>
    </message>
    <message>
        <source>the guidance folder is missing</source>
        <extracomment>The languages a guidance file translates into (English is the file&apos;s own text). A translation may run longer than the English (German by about a third). The sections a cause (or the rest of the app) can point to, in the order they are shown. Short on purpose: a sidebar paragraph, not a wall of text. A translation: language -&gt; field -&gt; text, checked by `_translations` (not by msgspec, so each problem can say what a translation may hold). The old name, kept until ui/handout/sheet.py imports GuidanceItem (core.triage has its own Advice: the check-in&apos;s verdict). The language the titles, headings, texts and notes are in (`source` is always English). The files of the guidance folder and what each holds.</extracomment>
        <translation>falta la carpeta de consejos</translation>
    </message>
    <message>
        <source>is not a guidance section; expected {expected}</source>
        <translation>no es una sección de consejos; se esperaba {expected}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>is larger than 256 KiB; not read</source>
        <translation>ocupa más de 256 KiB; no se ha leído</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8</source>
        <translation>no es texto UTF-8; guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>must be a list of [[{key}]] tables</source>
        <translation>debe ser una lista de tablas [[{key}]]</translation>
    </message>
    <message>
        <source>must be a [[{key}]] table</source>
        <translation>debe ser una tabla [[{key}]]</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>the section is empty; add at least one [[{key}]]</source>
        <translation>la sección está vacía; añade al menos un [[{key}]]</translation>
    </message>
    <message>
        <source>is missing; a guidance file starts with `format = {format}`</source>
        <translation>falta; un archivo de consejos empieza por `format = {format}`</translation>
    </message>
    <message>
        <source>must be the whole number {format}, not {value}</source>
        <translation>debe ser el número entero {format}, no {value}</translation>
    </message>
    <message>
        <source>this file is format {value}, but this version of Ankle Coach reads format {format} only</source>
        <translation>este archivo tiene el formato {value}, pero esta versión de Ankle Coach solo lee el formato {format}</translation>
    </message>
    <message>
        <source>&quot;{app}&quot; stands alone: write source = &quot;{app}&quot;, not inside a list</source>
        <translation>«{app}» va solo: escribe source = &quot;{app}&quot;, no dentro de una lista</translation>
    </message>
    <message>
        <source>is missing; an item with source = &quot;{app}&quot; needs a note telling the user it is Ankle Coach&apos;s own advice</source>
        <translation>falta; un elemento con source = &quot;{app}&quot; necesita una nota (note) que diga que es un consejo propio de Ankle Coach</translation>
    </message>
    <message>
        <source>is missing; a cause needs its question</source>
        <translation>falta; una causa necesita su pregunta</translation>
    </message>
    <message>
        <source>gives both routine and section; give exactly one</source>
        <translation>indica routine y section a la vez; indica solo uno de los dos</translation>
    </message>
    <message>
        <source>gives neither routine nor section; give exactly one</source>
        <translation>no indica ni routine ni section; indica uno de los dos</translation>
    </message>
    <message>
        <source>is not translated: the trace to the article stays on the English text</source>
        <extracomment>The fields a translation may hold, and what has each one in English. Fields that are never translated, and why.</extracomment>
        <translation>no se traduce: la referencia al artículo se queda en el texto inglés</translation>
    </message>
    <message>
        <source>is not translated: a routine id is the same in every language</source>
        <translation>no se traduce: el identificador de una rutina es el mismo en todos los idiomas</translation>
    </message>
    <message>
        <source>is not translated: a section name is the same in every language</source>
        <translation>no se traduce: el nombre de una sección es el mismo en todos los idiomas</translation>
    </message>
    <message>
        <source>is not translated: the format is the file&apos;s, not a language&apos;s</source>
        <translation>no se traduce: el formato es del archivo, no de un idioma</translation>
    </message>
    <message>
        <source>must be a table of languages ({languages}), like [translations.de]; not {value}</source>
        <translation>debe ser una tabla de idiomas ({languages}), como [translations.de]; no {value}</translation>
    </message>
    <message>
        <source>English is the text itself; translate into {languages}</source>
        <translation>el inglés es el propio texto; traduce a {languages}</translation>
    </message>
    <message>
        <source>is not a language Ankle Coach speaks; translations are in {languages}</source>
        <translation>no es un idioma que hable Ankle Coach; las traducciones son en {languages}</translation>
    </message>
    <message>
        <source>must be a table of translated texts, not {value}</source>
        <translation>debe ser una tabla de textos traducidos, no {value}</translation>
    </message>
    <message>
        <source>is not a field of a translation (known fields: {fields})</source>
        <translation>no es un campo de una traducción (campos conocidos: {fields})</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>debe ser texto, no {value}</translation>
    </message>
    <message>
        <source>translates a {field} that the English does not have; give the English {field} first, or remove this one</source>
        <translation>traduce un campo «{field}» que el texto inglés no tiene; añade primero el campo «{field}» en inglés o quita esta traducción</translation>
    </message>
    <message>
        <source>is {length} characters long; a translation has at most {limit}</source>
        <translation>tiene {length} caracteres; una traducción tiene como máximo {limit}</translation>
    </message>
    <message>
        <source>a guidance item</source>
        <extracomment>What each kind of struct is called in a problem (&quot;is not a field of a cause&quot;).</extracomment>
        <translation>un elemento de los consejos</translation>
    </message>
    <message>
        <source>a cause</source>
        <translation>una causa</translation>
    </message>
    <message>
        <source>a guidance file</source>
        <translation>un archivo de consejos</translation>
    </message>
</context>
<context>
    <name>core.history.model</name>
    <message>
        <source>Swelling</source>
        <extracomment>The warning signs in English, marked for translation: show them as `translate(&quot;core.history.model&quot;, RED_FLAG_WORDS[flag])` (or `flag.words`).</extracomment>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>I can’t put weight on it</source>
        <translation>No puedo apoyar el pie</translation>
    </message>
    <message>
        <source>Pain at rest or at night</source>
        <translation>Dolor en reposo o por la noche</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>A recent injury that has not healed</source>
        <translation>Una lesión reciente que no se ha curado</translation>
    </message>
</context>
<context>
    <name>core.history.names</name>
    <message>
        <source>{name} ({done} of {count} done)</source>
        <extracomment>An exercise partly done, as recorded: English on purpose (machine-readable, see above).</extracomment>
        <translation>{name} ({done} de {count} completados)</translation>
    </message>
</context>
<context>
    <name>core.history.schema</name>
    <message>
        <source>it is a folder, not a file</source>
        <extracomment>The version `open` brings every file up to; `MIGRATIONS` holds each step. How long a write waits for another window or process to finish its own before giving up. How long a write waits once the file is known to be locked or read-only: a session is going on in the window, which must not stall at every retry. Version 1, the first release&apos;s log, kept to test the upgrade: no titles, no progress, pain ratings only after a session and always rated, no warning signs. MIGRATIONS[n] turns a version n file into a version n + 1 one (inside one transaction).</extracomment>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>its folder could not be made ({error})</source>
        <translation>no se ha podido crear su carpeta ({error})</translation>
    </message>
    <message>
        <source>it is not a history file</source>
        <translation>no es un archivo de historial</translation>
    </message>
    <message>
        <source>it must be upgraded before it can be shown</source>
        <translation>hay que actualizarlo antes de poder mostrarlo</translation>
    </message>
    <message>
        <source>it was written by a newer version of Ankle Coach (history version {version}; this version reads up to {known})</source>
        <translation>lo escribió una versión más reciente de Ankle Coach (versión del historial {version}; esta versión lee hasta la {known})</translation>
    </message>
    <message>
        <source>it is a database, but not an Ankle Coach history</source>
        <translation>es una base de datos, pero no un historial de Ankle Coach</translation>
    </message>
    <message>
        <source>its history version {version} could not be upgraded ({error})</source>
        <translation>no se ha podido actualizar su versión del historial {version} ({error})</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>no es una base de datos</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <source>another program has kept it locked for 1 second</source>
        <translation>otro programa lo ha tenido bloqueado durante 1 segundo</translation>
    </message>
    <message>
        <source>another program has kept it locked for {seconds} seconds</source>
        <translation>otro programa lo ha tenido bloqueado durante {seconds} segundos</translation>
    </message>
    <message>
        <source>another program has it locked</source>
        <translation>otro programa lo tiene bloqueado</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>it or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>it could not be opened (check that you may read and write it and its folder)</source>
        <translation>no se ha podido abrir (comprueba que tienes permiso para leer y escribir el archivo y su carpeta)</translation>
    </message>
    <message>
        <source>the disk could not be read or written ({error})</source>
        <translation>no se ha podido leer o escribir en el disco ({error})</translation>
    </message>
    <message>
        <source>it could not be opened ({error})</source>
        <translation>no se ha podido abrir ({error})</translation>
    </message>
    <message>
        <source>History not recorded this time: the history file {path} cannot be written now ({reason}). It was left as it is; Ankle Coach tries again at each save.</source>
        <translation>Esta vez no se ha guardado el historial: ahora no se puede escribir en el archivo del historial {path} ({reason}). Se ha dejado como estaba; Ankle Coach lo vuelve a intentar cada vez que guarda.</translation>
    </message>
</context>
<context>
    <name>core.history.stats</name>
    <message>
        <source>A session counts toward the week and the streak when at least half of its work was done.</source>
        <extracomment>The rule in the words the History page and the README use (shown through `translate(&quot;core.history.stats&quot;, COUNTS_WORDS)`).</extracomment>
        <translation>Una sesión cuenta para la semana y la racha cuando se ha hecho al menos la mitad de su trabajo.</translation>
    </message>
</context>
<context>
    <name>core.history.store</name>
    <message>
        <source>The history file {path} could not be made: {reason}. This session&apos;s history will not be kept.</source>
        <extracomment>Why the file cannot be written now (None: it can); every write first tries it again. False: the file could not even be read, and an empty stand-in is shown instead.</extracomment>
        <translation>No se ha podido crear el archivo del historial {path}: {reason}. El historial de esta sesión no se guardará.</translation>
    </message>
    <message>
        <source>The history file {path} could not be used: {reason}. It was moved to {aside}, but a new one could not be started either ({error}). This session&apos;s history will not be kept.</source>
        <translation>No se ha podido usar el archivo del historial {path}: {reason}. Se ha movido a {aside}, pero tampoco se ha podido empezar uno nuevo ({error}). El historial de esta sesión no se guardará.</translation>
    </message>
    <message>
        <source>The history file {path} could not be used: {reason}. It was moved to {aside}, and a new, empty history was started.</source>
        <translation>No se ha podido usar el archivo del historial {path}: {reason}. Se ha movido a {aside} y se ha empezado un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The history file {path} could not be used: {reason}. It could not be moved aside either ({problem}), so it was left as it is, and this session&apos;s history will not be kept.</source>
        <translation>No se ha podido usar el archivo del historial {path}: {reason}. Tampoco se ha podido apartar ({problem}), así que se ha dejado como estaba y el historial de esta sesión no se guardará.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be used now: {reason}. It was left as it is, nothing in it was changed, and your history cannot be shown. History not recorded this time: Ankle Coach tries again at each save.</source>
        <translation>Ahora no se puede usar el archivo del historial {path}: {reason}. Se ha dejado como estaba, sin cambiar nada, y tu historial no se puede mostrar. Esta vez no se ha guardado el historial: Ankle Coach lo vuelve a intentar cada vez que guarda.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be written now: {reason}. It was left as it is, and your history is shown as it is. History not recorded this time: Ankle Coach tries again at each save.</source>
        <translation>Ahora no se puede escribir en el archivo del historial {path}: {reason}. Se ha dejado como estaba y tu historial se muestra tal cual. Esta vez no se ha guardado el historial: Ankle Coach lo vuelve a intentar cada vez que guarda.</translation>
    </message>
    <message>
        <source>The history could not be saved: {error}</source>
        <translation>No se ha podido guardar el historial: {error}</translation>
    </message>
    <message>
        <source>The history could not be read: {error}</source>
        <translation>No se ha podido leer el historial: {error}</translation>
    </message>
</context>
<context>
    <name>core.ice_timer</name>
    <message>
        <source>{minutes} minute</source>
        <extracomment>The article recommends icing for at least 20 minutes; the timer counts exactly that.</extracomment>
        <translation>{minutes} minuto</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>{seconds} second</source>
        <translation>{seconds} segundo</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} segundos</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} y {seconds}</translation>
    </message>
    <message>
        <source>{length}. Take the ice off.</source>
        <translation>{length}. Retira el hielo.</translation>
    </message>
    <message>
        <source>{minutes} minute is up. Take the ice off.</source>
        <translation>Ha pasado {minutes} minuto. Retira el hielo.</translation>
    </message>
    <message>
        <source>{minutes} minutes are up. Take the ice off.</source>
        <translation>Han pasado {minutes} minutos. Retira el hielo.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s are up. Take the ice off.</source>
        <translation>Han pasado {minutes} min {seconds} s. Retira el hielo.</translation>
    </message>
    <message>
        <source>{seconds} second is up. Take the ice off.</source>
        <translation>Ha pasado {seconds} segundo. Retira el hielo.</translation>
    </message>
    <message>
        <source>{seconds} seconds are up. Take the ice off.</source>
        <translation>Han pasado {seconds} segundos. Retira el hielo.</translation>
    </message>
</context>
<context>
    <name>core.images</name>
    <message>
        <source>is {kind}, not an image file</source>
        <extracomment>Larger files are not drawn: an image is a small line drawing or photo, not an archive. A raster picture may decode to at most this many pixels (4000 x 3000: 46 MiB decoded). The most one side may be longer than the other: beyond it a picture is degenerate, not an illustration (svg_lengths.py bounds each side). Elements, each `&lt;use&gt;` counted as the elements it repeats (so nesting multiplies). Attributes of all elements: each is read as CSS for references out of the file. Characters of CSS (&lt;style&gt; elements and style attributes), which Qt parses slowly. How deep elements nest, and `&lt;use&gt;` within `&lt;use&gt;`. Elements drawn through a filter or a mask (each is drawn offscreen, then composited). Filter primitives (&lt;feGaussianBlur&gt;, &lt;feOffset&gt;, ...) in the whole document. A blur&apos;s stdDeviation, in the picture&apos;s units. Corners of every path, polyline, polygon and line: a stroke&apos;s cost grows with them (the richest built-in illustration has 1,200). Places a marker is drawn at (the vertices of every shape), when the picture has markers. Characters of text, each laid out and drawn as a glyph.</extracomment>
        <translation>es {kind}, no un archivo de imagen</translation>
    </message>
    <message>
        <source>is not a regular file, not an image file</source>
        <translation>no es un archivo normal ni un archivo de imagen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>is a symbolic link that leads back to itself</source>
        <translation>es un enlace simbólico que vuelve a sí mismo</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>more than {size}</source>
        <translation>más de {size}</translation>
    </message>
    <message>
        <source>is {size}; an image may be at most {limit}</source>
        <translation>ocupa {size}; una imagen puede ocupar como máximo {limit}</translation>
    </message>
    <message>
        <source>is not an .svg, .png or .jpg image</source>
        <extracomment>JPEG start-of-frame markers (they carry the size); C4, C8 and CC are other segments.</extracomment>
        <translation>no es una imagen .svg, .png ni .jpg</translation>
    </message>
    <message>
        <source>is not a PNG image inside</source>
        <translation>por dentro no es una imagen PNG</translation>
    </message>
    <message>
        <source>is a damaged PNG image: its pixels cannot be read</source>
        <translation>es una imagen PNG dañada: sus píxeles no se pueden leer</translation>
    </message>
    <message>
        <source>is not a JPEG image inside</source>
        <translation>por dentro no es una imagen JPEG</translation>
    </message>
    <message>
        <source>is damaged: its header gives no size</source>
        <translation>está dañada: su cabecera no indica el tamaño</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels; an image needs a width and a height above 0</source>
        <translation>mide {width} x {height} píxeles; una imagen necesita un ancho y un alto mayores que 0</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels; an image may have at most {millions} million pixels (4000 x 3000)</source>
        <translation>mide {width} x {height} píxeles; una imagen puede tener como máximo {millions} millones de píxeles (4000 x 3000)</translation>
    </message>
    <message>
        <source>is not an SVG image: it is not UTF-8 text</source>
        <extracomment>SVG elements that run code or pull in other documents; Qt ignores them, other viewers do not. A url() whose target is neither &quot;#id&quot; nor an embedded PNG or JPEG. CSS functions that fetch or show something other than this picture (any -vendor- prefix). An XML declaration of an encoding other than UTF-8, which Qt would read the file as.</extracomment>
        <translation>no es una imagen SVG: no es texto UTF-8</translation>
    </message>
    <message>
        <source>declares a DOCTYPE or entities, which an illustration may not</source>
        <translation>declara un DOCTYPE o entidades, algo que una ilustración no puede hacer</translation>
    </message>
    <message>
        <source>refers to a style sheet outside it, which an illustration may not</source>
        <translation>remite a una hoja de estilos externa, algo que una ilustración no puede hacer</translation>
    </message>
    <message>
        <source>is not a valid SVG image ({error})</source>
        <translation>no es una imagen SVG válida ({error})</translation>
    </message>
    <message>
        <source>is not an SVG image (it starts with &lt;{tag}&gt;, not &lt;svg&gt;)</source>
        <translation>no es una imagen SVG (empieza por &lt;{tag}&gt;, no por &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>has {count} attributes; an illustration may have at most {limit}</source>
        <translation>tiene {count} atributos; una ilustración puede tener como máximo {limit}</translation>
    </message>
    <message>
        <source>has {count} characters of style sheets; an illustration may have at most {limit}</source>
        <translation>tiene {count} caracteres de hojas de estilo; una ilustración puede tener como máximo {limit}</translation>
    </message>
    <message>
        <source>nests elements more than {limit} deep; an illustration may not</source>
        <translation>anida elementos a más de {limit} niveles; una ilustración no puede hacerlo</translation>
    </message>
    <message>
        <source>contains a &lt;{tag}&gt; element, which an illustration may not</source>
        <translation>contiene un elemento &lt;{tag}&gt;, algo que una ilustración no puede contener</translation>
    </message>
    <message>
        <source>has an event handler ({name}), which an illustration may not</source>
        <translation>tiene un controlador de eventos ({name}), algo que una ilustración no puede tener</translation>
    </message>
    <message>
        <source>sets xml:base, which an illustration may not</source>
        <translation>establece xml:base, algo que una ilustración no puede hacer</translation>
    </message>
    <message>
        <source>imports a style sheet, which an illustration may not</source>
        <translation>importa una hoja de estilos, algo que una ilustración no puede hacer</translation>
    </message>
    <message>
        <source>uses {function}(), which an illustration may not</source>
        <translation>usa {function}(), algo que una ilustración no puede usar</translation>
    </message>
    <message>
        <source>refers to &quot;{target}&quot; outside it; an illustration may use only what is inside it</source>
        <translation>remite a «{target}», fuera del archivo; una ilustración solo puede usar lo que contiene</translation>
    </message>
    <message>
        <source>has a viewBox that is not four numbers (&quot;{view_box}&quot;); it cannot be drawn</source>
        <translation>tiene un viewBox que no son cuatro números («{view_box}»); no se puede dibujar</translation>
    </message>
    <message>
        <source>has a viewBox of width {width} and height {height} (&quot;{view_box}&quot;); an illustration needs both above 0</source>
        <translation>tiene un viewBox de ancho {width} y alto {height} («{view_box}»); una ilustración necesita ambos mayores que 0</translation>
    </message>
    <message>
        <source>has a viewBox of width {width} and height {height}; too large or too small to be drawn</source>
        <translation>tiene un viewBox de ancho {width} y alto {height}; demasiado grande o pequeño para dibujarlo</translation>
    </message>
    <message>
        <source>has a width of &quot;{value}&quot;; an illustration needs a width above 0 and at most 1,000,000</source>
        <translation>tiene un ancho de «{value}»; una ilustración necesita un ancho mayor que 0 y de 1.000.000 como máximo</translation>
    </message>
    <message>
        <source>has a height of &quot;{value}&quot;; an illustration needs a height above 0 and at most 1,000,000</source>
        <translation>tiene un alto de «{value}»; una ilustración necesita un alto mayor que 0 y de 1.000.000 como máximo</translation>
    </message>
    <message>
        <source>is more than {ratio} times as wide as high, or as high as wide</source>
        <translation>es más de {ratio} veces más ancha que alta, o más alta que ancha</translation>
    </message>
    <message>
        <source>applies filters or masks from a style sheet; an illustration may set them only on its elements</source>
        <translation>aplica filtros o máscaras desde una hoja de estilos; una ilustración solo puede ponerlos en sus elementos</translation>
    </message>
    <message>
        <source>blurs by &quot;{blur}&quot;; an illustration may blur by at most {limit}</source>
        <translation>desenfoca en «{blur}»; una ilustración puede desenfocar como máximo {limit}</translation>
    </message>
    <message>
        <source>has {count} filter effects; an illustration may have at most {limit}</source>
        <translation>tiene {count} efectos de filtro; una ilustración puede tener como máximo {limit}</translation>
    </message>
    <message>
        <source>draws {count} elements through a filter or a mask; an illustration may draw at most {limit}</source>
        <translation>dibuja {count} elementos a través de un filtro o una máscara; una ilustración puede dibujar como máximo {limit}</translation>
    </message>
    <message>
        <source>has shapes with {count} corners; an illustration may have at most {limit}</source>
        <translation>tiene formas con {count} vértices; una ilustración puede tener como máximo {limit}</translation>
    </message>
    <message>
        <source>draws a marker at {count} places; an illustration may draw at most {limit}</source>
        <translation>dibuja un marcador en {count} lugares; una ilustración puede dibujar como máximo {limit}</translation>
    </message>
    <message>
        <source>draws {count} characters of text; an illustration may draw at most {limit}</source>
        <translation>dibuja {count} caracteres de texto; una ilustración puede dibujar como máximo {limit}</translation>
    </message>
    <message>
        <source>has a &lt;use&gt; that repeats itself (a loop); it cannot be drawn</source>
        <translation>tiene un &lt;use&gt; que se repite a sí mismo (un bucle); no se puede dibujar</translation>
    </message>
    <message>
        <source>nests &lt;use&gt; more than {limit} deep; an illustration may not</source>
        <translation>anida &lt;use&gt; a más de {limit} niveles; una ilustración no puede hacerlo</translation>
    </message>
    <message>
        <source>draws more than {limit} elements (each &lt;use&gt; counted as what it repeats); an illustration may draw at most {limit}</source>
        <translation>dibuja más de {limit} elementos (cada &lt;use&gt; cuenta como lo que repite); una ilustración puede dibujar como máximo {limit}</translation>
    </message>
</context>
<context>
    <name>core.library</name>
    <message>
        <source>the routine id &quot;{id}&quot; is already used by {path} ({origin}); rename this file to load it</source>
        <extracomment>Tried from the editor before it was saved: never in the library, never logged.</extracomment>
        <translation>el id de rutina «{id}» ya lo usa {path} ({origin}); cambia el nombre de este archivo para cargarlo</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where a routine came from, in a problem&apos;s words (shown with `origin_words`).</extracomment>
        <translation>incluida</translation>
    </message>
    <message>
        <source>my routines</source>
        <translation>Mis rutinas</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>after-run</source>
        <extracomment>The built-in routines&apos; tags in a reader&apos;s words. A tag is the file&apos;s own word (searched, written back as it is); these are shown in the language in use (`tag_words`).</extracomment>
        <translation>después de correr</translation>
    </message>
    <message>
        <source>pre-run</source>
        <translation>antes de correr</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>estiramiento</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>calentamiento</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>masaje</translation>
    </message>
    <message>
        <source>step</source>
        <translation>escalón</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>suelo</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>is neither in the routine&apos;s folder nor a built-in illustration; the exercise shows no illustration</source>
        <extracomment>Said of a picture that is neither in the routine&apos;s folder nor built in (Export refuses it); shown with `translate(&quot;core.library&quot;, MISSING_PICTURE)`.</extracomment>
        <translation>no está en la carpeta de la rutina ni es una ilustración incluida; el ejercicio no muestra ninguna ilustración</translation>
    </message>
    <message>
        <source>is a link to {target}, outside {folder}; not loaded</source>
        <translation>es un enlace a {target}, fuera de {folder}; no se ha cargado</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>is a link to a file that does not exist</source>
        <extracomment>Opening never waits: a named pipe put in the place of a file (after it was looked at) would wait for a writer for ever.</extracomment>
        <translation>es un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>is a link to {target}, which does not exist</source>
        <translation>es un enlace a {target}, que no existe</translation>
    </message>
    <message>
        <source>is not a regular file ({kind}); it was not read</source>
        <translation>no es un archivo normal ({kind}); no se ha leído</translation>
    </message>
    <message>
        <source>the file is {size} MiB; a routine file may be at most 1 MiB</source>
        <translation>el archivo ocupa {size} MiB; un archivo de rutina puede ocupar como máximo 1 MiB</translation>
    </message>
    <message>
        <source>is a folder, not a routine file</source>
        <translation>es una carpeta, no un archivo de rutina</translation>
    </message>
    <message>
        <source>is a link in a loop of links that never reaches a file</source>
        <translation>es un enlace dentro de un bucle de enlaces que nunca llega a un archivo</translation>
    </message>
    <message>
        <source>is a link that points back to itself</source>
        <translation>es un enlace que apunta a sí mismo</translation>
    </message>
    <message>
        <source>the folder cannot be read: {reason}</source>
        <translation>no se puede leer la carpeta: {reason}</translation>
    </message>
    <message>
        <source>no routine has this id and no such file exists (ids: {ids})</source>
        <translation>ninguna rutina tiene este id y no existe ese archivo (ids: {ids})</translation>
    </message>
    <message>
        <source>no routine has this id and no such file exists (ids: none)</source>
        <translation>ninguna rutina tiene este id y no existe ese archivo (ids: ninguno)</translation>
    </message>
</context>
<context>
    <name>core.paths</name>
    <message>
        <source>a folder</source>
        <extracomment>Set to a folder to keep every per-user file under it (tests, portable use).</extracomment>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no un archivo normal</translation>
    </message>
</context>
<context>
    <name>core.routine</name>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Longest a whole routine may run; anything longer is a typo, not a session. The table of a routine&apos;s or an exercise&apos;s texts in other languages. Said by the voice as each set starts, after the call: &quot;Slow on the way down.&quot; `[exercises.translations.de]`: its texts in other languages (routine_translations.py). The `[suggested_schedule]` table: days and time a physio suggests, for some weeks. `[translations.de]`: its title and summary in other languages (routine_translations.py).</extracomment>
        <translation>texto</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>a file name</source>
        <translation>un nombre de archivo</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>un número de segundos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>a list of words</source>
        <translation>una lista de palabras</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>a list of [[exercises]] tables</source>
        <translation>una lista de tablas [[exercises]]</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>ejercicios</translation>
    </message>
    <message>
        <source>a list of sides, such as [&quot;left&quot;, &quot;right&quot;]</source>
        <translation>una lista de lados, como [&quot;left&quot;, &quot;right&quot;]</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <source>a list of directions, such as [&quot;clockwise&quot;, &quot;counter-clockwise&quot;]</source>
        <translation>una lista de direcciones, como [&quot;clockwise&quot;, &quot;counter-clockwise&quot;]</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>direcciones</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an exercise</source>
        <translation>un ejercicio</translation>
    </message>
    <message>
        <source>a routine</source>
        <translation>una rutina</translation>
    </message>
    <message>
        <source>the file is {size}; a routine file may be at most 1 MiB</source>
        <translation>el archivo ocupa {size}; un archivo de rutina puede ocupar como máximo 1 MiB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {line} cannot be read); save it as UTF-8</source>
        <translation>el archivo no es texto UTF-8 (no se puede leer la línea {line}); guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read: a number in it has too many digits</source>
        <translation>no se puede leer el archivo: un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>the file cannot be read: its lists or tables are nested too deeply</source>
        <translation>no se puede leer el archivo: sus listas o tablas están anidadas a demasiada profundidad</translation>
    </message>
    <message>
        <source>must be a list of [[exercises]] tables, not {value}</source>
        <translation>debe ser una lista de tablas [[exercises]], no {value}</translation>
    </message>
    <message>
        <source>must be an [[exercises]] table, not {value}</source>
        <translation>debe ser una tabla [[exercises]], no {value}</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>no puede contener solo espacios</translation>
    </message>
    <message>
        <source>a routine may have at most 100 exercises</source>
        <translation>una rutina puede tener como máximo 100 ejercicios</translation>
    </message>
    <message>
        <source>the whole routine would take {duration}; a routine may last at most 4 hours</source>
        <translation>la rutina entera duraría {duration}; una rutina puede durar como máximo 4 horas</translation>
    </message>
    <message>
        <source>the routine has no exercises; add at least one [[exercises]]</source>
        <translation>la rutina no tiene ejercicios; añade al menos una tabla [[exercises]]</translation>
    </message>
    <message>
        <source>is missing; an Ankle Coach routine file starts with `format = {format}`</source>
        <translation>falta; un archivo de rutina de Ankle Coach empieza con `format = {format}`</translation>
    </message>
    <message>
        <source>must be the whole number {format}, not {value}</source>
        <translation>debe ser el número entero {format}, no {value}</translation>
    </message>
    <message>
        <source>this file is format {value}, but this version of Ankle Coach reads format {format} only; update Ankle Coach or ask for a format {format} file</source>
        <translation>este archivo tiene el formato {value}, pero esta versión de Ankle Coach solo lee el formato {format}; actualiza Ankle Coach o pide un archivo con el formato {format}</translation>
    </message>
    <message>
        <source>hold_seconds, reps, duration_seconds or manual = true</source>
        <translation>hold_seconds, reps, duration_seconds o manual = true</translation>
    </message>
    <message>
        <source>says neither how long nor how many; give exactly one of {choices}</source>
        <translation>no dice ni cuánto dura ni cuántas veces; indica exactamente uno de estos: {choices}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>gives both {both}; give exactly one of {choices}</source>
        <translation>indica a la vez {both}; indica exactamente uno de estos: {choices}</translation>
    </message>
    <message>
        <source>only applies to an exercise counted in reps</source>
        <translation>solo se aplica a un ejercicio que se cuenta en repeticiones</translation>
    </message>
    <message>
        <source>must not be blank; leave it out for no cue</source>
        <translation>no puede contener solo espacios; quítalo si no quieres ninguna indicación</translation>
    </message>
    <message>
        <source>must be one line of plain text, without line breaks, tabs or control characters</source>
        <translation>debe ser una sola línea de texto, sin saltos de línea, tabuladores ni caracteres de control</translation>
    </message>
    <message>
        <source>lists &quot;{value}&quot; twice</source>
        <translation>incluye «{value}» dos veces</translation>
    </message>
    <message>
        <source>&quot;{image}&quot; leaves the routine&apos;s folder; give a built-in illustration name or a path inside the folder of the routine file</source>
        <translation>«{image}» sale de la carpeta de la rutina; indica el nombre de una ilustración incluida o una ruta dentro de la carpeta del archivo de la rutina</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
</context>
<context>
    <name>core.routine_toml</name>
    <message>
        <source>holds characters that cannot be saved as UTF-8 text</source>
        <extracomment>The folder beside an imported `ID.toml` that holds its images: its stem is taken too. File names stay short enough for every file system and still say what the routine is.</extracomment>
        <translation>contiene caracteres que no se pueden guardar como texto UTF-8</translation>
    </message>
    <message>
        <source>would not load back the same; not saved</source>
        <translation>no se volvería a cargar igual; no se ha guardado</translation>
    </message>
</context>
<context>
    <name>core.routine_translations</name>
    <message>
        <source>must be a table of languages, such as {header}, not {value}</source>
        <extracomment>A custom cue is said at the start of every set, between the call and the counting: a few words (&quot;Slow on the way down.&quot;), not a paragraph. Line breaks, tabs and other control characters: a cue is one spoken line. A language as a translation table names it: &quot;de&quot;, &quot;es&quot;, &quot;fr&quot; (ISO 639, lowercase). The directions the app itself says in every language (core/cues.py): a file need not translate them, and the built-in routines do not. The text fields of each, in the order a file writes them.</extracomment>
        <translation>debe ser una tabla de idiomas, como {header}, no {value}</translation>
    </message>
    <message>
        <source>a routine&apos;s translation</source>
        <translation>una traducción de la rutina</translation>
    </message>
    <message>
        <source>an exercise&apos;s translation</source>
        <translation>una traducción del ejercicio</translation>
    </message>
    <message>
        <source>English is the file&apos;s own language: write the English texts in the fields themselves</source>
        <translation>el inglés es el idioma propio del archivo: escribe los textos en inglés en los propios campos</translation>
    </message>
    <message>
        <source>must be a table of translated texts, not {value}</source>
        <translation>debe ser una tabla de textos traducidos, no {value}</translation>
    </message>
    <message>
        <source>is not a language code; name a language in lowercase letters, such as &quot;de&quot; or &quot;es&quot;; did you mean &quot;{code}&quot;?</source>
        <translation>no es un código de idioma; indica el idioma en minúsculas, como «de» o «es»; ¿querías decir «{code}»?</translation>
    </message>
    <message>
        <source>is not a language code; name a language in lowercase letters, such as &quot;de&quot; or &quot;es&quot;</source>
        <translation>no es un código de idioma; indica el idioma en minúsculas, como «de» o «es»</translation>
    </message>
    <message>
        <source>must not be blank; leave it out to use the English</source>
        <translation>no puede contener solo espacios; quítalo para usar el texto en inglés</translation>
    </message>
    <message>
        <source>must be one line of plain text, without line breaks, tabs or control characters</source>
        <translation>debe ser una sola línea de texto, sin saltos de línea, tabuladores ni caracteres de control</translation>
    </message>
    <message>
        <source>the exercise has no directions to translate; leave this out</source>
        <translation>el ejercicio no tiene direcciones que traducir; quita esto</translation>
    </message>
    <message>
        <source>must name one direction, as the exercise has one ({listed}); it names {given}</source>
        <translation>debe indicar una dirección, ya que el ejercicio tiene una ({listed}); indica {given}</translation>
    </message>
    <message>
        <source>must name {count} directions, one for each of the exercise&apos;s ({listed}), in the same order; it names {given}</source>
        <translation>debe indicar {count} direcciones, una por cada dirección del ejercicio ({listed}), en el mismo orden; indica {given}</translation>
    </message>
    <message>
        <source>lists &quot;{value}&quot; twice</source>
        <translation>incluye «{value}» dos veces</translation>
    </message>
</context>
<context>
    <name>core.savefile</name>
    <message>
        <source>{kind} is there, not a file; it was left as it is</source>
        <translation>ahí hay {kind}, no un archivo; se ha dejado como estaba</translation>
    </message>
</context>
<context>
    <name>core.schedule.model</name>
    <message>
        <source>Monday</source>
        <extracomment>The full English names, which are typed as well as the keys (&quot;monday,friday&quot;); shown to the user through `day_name`.</extracomment>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>A weekday in a date (&quot;on Sat 28 Nov 2026&quot;), in the user&apos;s language through `translate`.</extracomment>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <extracomment>A month in a date, January first.</extracomment>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>mon,tue,wed,thu,fri,sat,sun</source>
        <extracomment>Words that stand for several days. The days as typed after --days, Monday first, comma-separated, no spaces: translated as the language&apos;s own short forms (&quot;mo,di,mi,do,fr,sa,so&quot;). They are read beside the English keys and the language&apos;s full day names; what is stored stays DAY_KEYS.</extracomment>
        <translation>lu,ma,mi,ju,vi,sá,do</translation>
    </message>
    <message>
        <source>daily,weekdays,weekends</source>
        <extracomment>The words typed after --days for every day, Monday to Friday and the weekend, in this order, comma-separated.</extracomment>
        <translation>diario,laborables,fin de semana</translation>
    </message>
    <message>
        <source>use mon, tue, wed, thu, fri, sat, sun (or the full names, or a range such as mon-fri), daily, weekdays or weekends</source>
        <extracomment>How to type days (`days_help()` says it in the user&apos;s language, with its own words beside the English ones).</extracomment>
        <translation>usa lu, ma, mi, ju, vi, sá, do (o los nombres completos, o un intervalo como lu-vi), diario, laborables o fin de semana; también valen los ingleses mon, tue, wed, thu, fri, sat, sun, daily, weekdays y weekends</translation>
    </message>
    <message>
        <source>must be a whole number from 1, not {value}</source>
        <translation>debe ser un número entero a partir de 1, no {value}</translation>
    </message>
    <message>
        <source>must be a routine id, not blank</source>
        <translation>debe ser el identificador de una rutina, no puede estar vacío</translation>
    </message>
    <message>
        <source>must be one or more of 0-6, not {value}</source>
        <translation>debe ser uno o varios de 0-6, no {value}</translation>
    </message>
    <message>
        <source>must be a wall-clock hour and minute, not {value}</source>
        <translation>debe ser una hora del reloj con horas y minutos, no {value}</translation>
    </message>
    <message>
        <source>must be a date, e.g. 2026-12-05, not {value}</source>
        <translation>debe ser una fecha, p. ej. 2026-12-05, no {value}</translation>
    </message>
    <message>
        <source>{until} is before the reminder&apos;s start, {since}</source>
        <translation>{until} es anterior al inicio del recordatorio, {since}</translation>
    </message>
    <message>
        <source>there is no reminder {id}; the ids are {known}</source>
        <translation>no hay ningún recordatorio {id}; los que hay son {known}</translation>
    </message>
    <message>
        <source>there is no reminder {id}; the weekly plan is empty</source>
        <translation>no hay ningún recordatorio {id}; el plan semanal está vacío</translation>
    </message>
    <message>
        <source>{word} is not a day; {help}</source>
        <translation>{word} no es un día; {help}</translation>
    </message>
    <message>
        <source>no day given; {help}</source>
        <translation>no se ha indicado ningún día; {help}</translation>
    </message>
    <message>
        <source>{word} is not a range of days; {help}</source>
        <translation>{word} no es un intervalo de días; {help}</translation>
    </message>
    <message>
        <source>{text} is not a time; use the 24-hour clock, HH:MM, e.g. 18:30</source>
        <translation>{text} no es una hora; usa el formato de 24 horas, HH:MM, p. ej. 18:30</translation>
    </message>
    <message>
        <source>{text} is not a time of day; hours go from 00 to 23</source>
        <translation>{text} no es una hora del día; las horas van de 00 a 23</translation>
    </message>
    <message>
        <source>{text} is not a time of day; minutes go from 00 to 59</source>
        <translation>{text} no es una hora del día; los minutos van de 00 a 59</translation>
    </message>
</context>
<context>
    <name>core.schedule.store</name>
    <message>
        <source>The weekly plan file {path} could not be used: {reason}. It could not be moved aside to {aside} either ({problem}), so it will be replaced when the plan is next saved. Your weekly plan is empty.</source>
        <extracomment>Where the spans were kept before they were part of each reminder (read, never written). A plan of a hundred reminders is a few KiB; a far larger file is not one and is never parsed. Files left alone at load in this run (unreadable, not a file, newer): never saved over.</extracomment>
        <translation>No se ha podido usar el archivo del plan semanal {path}: {reason}. Tampoco se ha podido apartar a {aside} ({problem}), así que se sustituirá la próxima vez que se guarde el plan. Tu plan semanal está vacío.</translation>
    </message>
    <message>
        <source>The weekly plan file {path} could not be used: {reason}. It was moved to {aside}, and your weekly plan is empty.</source>
        <translation>No se ha podido usar el archivo del plan semanal {path}: {reason}. Se ha movido a {aside} y tu plan semanal está vacío.</translation>
    </message>
    <message>
        <source>The weekly plan file {path} {reason}. It was left as it is, and reminders will not be saved there until that is put right.</source>
        <translation>El archivo del plan semanal {path} {reason}. Se ha dejado como estaba, y los recordatorios no se guardarán ahí hasta que se corrija.</translation>
    </message>
    <message>
        <source>{path} was left as it is when it was read, so the weekly plan was not saved over it</source>
        <translation>{path} se dejó como estaba al leerlo, así que el plan semanal no se ha guardado encima</translation>
    </message>
    <message>
        <source>{path} was left as it is: it is {kind}</source>
        <translation>{path} se ha dejado como estaba: es {kind}</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>es un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>is a link in a loop of links</source>
        <translation>es un enlace dentro de un bucle de enlaces</translation>
    </message>
    <message>
        <source>is {kind}, not a file</source>
        <translation>es {kind}, no un archivo</translation>
    </message>
    <message>
        <source>it is {size} bytes, far more than a weekly plan</source>
        <translation>ocupa {size} bytes, mucho más que un plan semanal</translation>
    </message>
    <message>
        <source>it grew past the size of a weekly plan while it was read</source>
        <translation>creció más allá del tamaño de un plan semanal mientras se leía</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it is not valid TOML ({error})</source>
        <translation>no es TOML válido ({error})</translation>
    </message>
    <message>
        <source>it is not valid TOML (nested too deeply, or a number too long)</source>
        <translation>no es TOML válido (anidado a demasiada profundidad o un número demasiado largo)</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>no se ha podido leer ({error})</translation>
    </message>
    <message>
        <source>its version must be a whole number from 1, not {version}</source>
        <translation>su versión debe ser un número entero a partir de 1, no {version}</translation>
    </message>
    <message>
        <source>was written by a newer version of Ankle Coach (version {version}; this one reads {known})</source>
        <translation>fue escrito por una versión más reciente de Ankle Coach (versión {version}; esta lee la {known})</translation>
    </message>
    <message>
        <source>reminders must be a list of tables ([[reminders]])</source>
        <translation>reminders debe ser una lista de tablas ([[reminders]])</translation>
    </message>
    <message>
        <source>{id} is used by another reminder</source>
        <translation>{id} ya lo usa otro recordatorio</translation>
    </message>
    <message>
        <source>reminder {number}: {problem}</source>
        <translation>recordatorio {number}: {problem}</translation>
    </message>
    <message>
        <source>reminder {number}: {keys} not known, ignored</source>
        <translation>recordatorio {number}: {keys} desconocido, se ignora</translation>
    </message>
    <message>
        <source>{keys} not known, ignored</source>
        <translation>{keys} desconocido, se ignora</translation>
    </message>
    <message>
        <source>Some of the weekly plan file {path} could not be used (left in the file as they are): {problems}.</source>
        <translation>Parte del archivo del plan semanal {path} no se ha podido usar (se deja tal cual en el archivo): {problems}.</translation>
    </message>
    <message>
        <source>Some of the weekly plan file {path} could not be used: {problems}.</source>
        <translation>Parte del archivo del plan semanal {path} no se ha podido usar: {problems}.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a list of days, e.g. [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</source>
        <translation>debe ser una lista de días, p. ej. [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</translation>
    </message>
    <message>
        <source>must be a time of day in quotes, e.g. &quot;18:30&quot;</source>
        <translation>debe ser una hora entre comillas, p. ej. &quot;18:30&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a routine id in quotes</source>
        <translation>debe ser el identificador de una rutina entre comillas</translation>
    </message>
    <message>
        <source>must be a date without quotes, e.g. 2026-12-05</source>
        <translation>debe ser una fecha sin comillas, p. ej. 2026-12-05</translation>
    </message>
</context>
<context>
    <name>core.schedule.suggested</name>
    <message>
        <source>a list of days, such as [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</source>
        <extracomment>The table&apos;s name in a routine file. The time a suggestion without `at` is put at when accepted (the patient can change it). Days for &quot;N times a week&quot; when the patient does not choose: spread over the week.</extracomment>
        <translation>una lista de días, como [&quot;mon&quot;, &quot;wed&quot;, &quot;fri&quot;]</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>a whole number of days</source>
        <translation>un número entero de días</translation>
    </message>
    <message>
        <source>a time of day as text, such as &quot;18:30&quot;</source>
        <translation>una hora del día como texto, como &quot;18:30&quot;</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>a whole number of weeks</source>
        <translation>un número entero de semanas</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>must be a [suggested_schedule] table, not {value}</source>
        <translation>debe ser una tabla [suggested_schedule], no {value}</translation>
    </message>
    <message>
        <source>a suggested schedule</source>
        <translation>un calendario sugerido</translation>
    </message>
    <message>
        <source>says neither on which days nor how often; give days = [...] or times_per_week</source>
        <translation>no indica ni qué días ni cuántas veces; indica days = [...] o times_per_week</translation>
    </message>
    <message>
        <source>gives both days and times_per_week; give one of them</source>
        <translation>indica a la vez days y times_per_week; indica solo uno de los dos</translation>
    </message>
    <message>
        <source>must name at least one day</source>
        <translation>debe indicar al menos un día</translation>
    </message>
    <message>
        <source>lists &quot;{day}&quot; twice</source>
        <translation>incluye «{day}» dos veces</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>{days}, {day}</source>
        <translation>{days}, {day}</translation>
    </message>
    <message>
        <source>{days} and {last}</source>
        <translation>{days} y {last}</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Una vez por semana</translation>
    </message>
    <message>
        <source>{count} times a week</source>
        <translation>{count} veces por semana</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} a las {time}</translation>
    </message>
    <message>
        <source>{days} at {time}, for {weeks} week</source>
        <translation>{days} a las {time}, durante {weeks} semana</translation>
    </message>
    <message>
        <source>{days} at {time}, for {weeks} weeks</source>
        <translation>{days} a las {time}, durante {weeks} semanas</translation>
    </message>
    <message>
        <source>{days}, for {weeks} week</source>
        <translation>{days}, durante {weeks} semana</translation>
    </message>
    <message>
        <source>{days}, for {weeks} weeks</source>
        <translation>{days}, durante {weeks} semanas</translation>
    </message>
</context>
<context>
    <name>core.schedule.words</name>
    <message>
        <source>Mon</source>
        <extracomment>A day in a list of days a reminder happens on (&quot;Mon, Wed, Fri&quot;; German &quot;montags&quot;, Spanish &quot;lunes&quot;: the habitual forms).</extracomment>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sábados</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>domingos</translation>
    </message>
    <message>
        <source>{days}, {day}</source>
        <translation>{days}, {day}</translation>
    </message>
    <message>
        <source>{days}, {last}</source>
        <translation>{days} y {last}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>de lunes a viernes</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>los fines de semana</translation>
    </message>
    <message>
        <source>every day at {time}</source>
        <extracomment>Spanish says &quot;a la 01:30&quot; of one o&apos;clock, &quot;a las 13:30&quot; of every other hour; the messages say &quot;a las {time}&quot;, and `one_oclock` mends them.</extracomment>
        <translation>todos los días a las {time}</translation>
    </message>
    <message>
        <source>weekdays at {time}</source>
        <translation>de lunes a viernes a las {time}</translation>
    </message>
    <message>
        <source>weekends at {time}</source>
        <translation>los fines de semana a las {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>los {days} a las {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>on {weekday} at {time}</source>
        <translation>el {weekday} a las {time}</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month} {year} at {time}</source>
        <translation>el {weekday} {day} {month} {year} a las {time}</translation>
    </message>
    <message>
        <source>You had {title} planned {when}.</source>
        <translation>Tenías previsto hacer {title} {when}.</translation>
    </message>
</context>
<context>
    <name>core.settings</name>
    <message>
        <source>The voice that speaks the cues, or the speech engine&apos;s default.</source>
        <extracomment>The version `save_settings` writes; `MIGRATIONS` brings every older one up to it. Where the main window was and what it showed: in the settings file up to version 1, kept in its own file since (core/window_state.py), which reads them from an old settings file once. Speech rates the dialog offers, in words per minute. The Plan sizes cues for the rate; below 120 long calls stop fitting before their countdown, above 260 the counts are hard to follow. &quot;system&quot; follows LANGUAGE/LC_ALL/LC_MESSAGES/LANG (core/i18n.py); the others are core/i18n&apos;s. What the cue player does with a due cue; the values of ui.cue_player.Sound.</extracomment>
        <translation>La voz que dice las indicaciones, o la predeterminada del motor de voz.</translation>
    </message>
    <message>
        <source>How fast cues are spoken, in words per minute; cue timing is planned for this pace.</source>
        <translation>Con qué rapidez se dicen las indicaciones, en palabras por minuto; su momento se planifica para este ritmo.</translation>
    </message>
    <message>
        <source>How loud cues and beeps are played.</source>
        <translation>A qué volumen suenan las indicaciones y los pitidos.</translation>
    </message>
    <message>
        <source>No sound at all: follow the session on the screen.</source>
        <translation>Sin ningún sonido: sigue la sesión en la pantalla.</translation>
    </message>
    <message>
        <source>Beeps instead of words, for those who know the routine.</source>
        <translation>Pitidos en lugar de palabras, para quien ya conoce la rutina.</translation>
    </message>
    <message>
        <source>Time to get ready before the first exercise, or each routine&apos;s own.</source>
        <translation>Tiempo de preparación antes del primer ejercicio, o el propio de cada rutina.</translation>
    </message>
    <message>
        <source>Count the reps aloud on the tempo.</source>
        <translation>Contar las repeticiones en voz alta al ritmo.</translation>
    </message>
    <message>
        <source>Say &quot;halfway&quot; during long holds.</source>
        <translation>Decir «Mitad» durante los tiempos de mantenimiento largos.</translation>
    </message>
    <message>
        <source>Ask a pain check-in (a 0-10 rating and the warning signs) before and after each session; the see-a-doctor rules need it.</source>
        <translation>Hacer un registro del dolor (una valoración de 0 a 10 y las señales de alarma) antes y después de cada sesión; las reglas de cuándo consultar a un médico lo necesitan.</translation>
    </message>
    <message>
        <source>Say a reminder aloud as well as showing it (not when cues are muted).</source>
        <translation>Decir el recordatorio en voz alta además de mostrarlo (no si las indicaciones están silenciadas).</translation>
    </message>
    <message>
        <source>Start Ankle Coach in the tray when you log in, so reminders come.</source>
        <translation>Iniciar Ankle Coach en la bandeja del sistema al iniciar sesión, para que lleguen los recordatorios.</translation>
    </message>
    <message>
        <source>The language of the window, the voice and the handout: the system&apos;s, or another.</source>
        <translation>El idioma de la ventana, la voz y la hoja de ejercicios: el del sistema u otro.</translation>
    </message>
    <message>
        <source>The colours of the window.</source>
        <translation>Los colores de la ventana.</translation>
    </message>
    <message>
        <source>How large text is, compared with the normal size.</source>
        <translation>El tamaño del texto, en comparación con el normal.</translation>
    </message>
    <message>
        <source>{name} must be {allowed}, not {value}</source>
        <translation>{name} debe ser {allowed}, no {value}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <extracomment>The type of its values besides None: bool, int, float or str. None is a value (and what a missing key means); only options whose default is None. The only values allowed, for a text option declared with a Literal type.</extracomment>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>text that is not blank</source>
        <translation>un texto que no esté vacío</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>texto en base64</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>{allowed}, or left out</source>
        <translation>{allowed}, o no figurar</translation>
    </message>
    <message>
        <source>its version must be a whole number, not {value}</source>
        <extracomment>Every option in declaration order, by name (the key in the file). MIGRATIONS[n] turns a version n document into a version n + 1 one. Files found unreadable at load in this run: the defaults in use must not be saved over them.</extracomment>
        <translation>su versión debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>The settings file {path} is not a file Ankle Coach can read: {reason}. It was not read and was left as it is. Ankle Coach is using the default settings, and will not save them there until it is removed.</source>
        <translation>El archivo de ajustes {path} no es un archivo que Ankle Coach pueda leer: {reason}. No se ha leído y se ha dejado como estaba. Ankle Coach usa los ajustes predeterminados y no los guardará ahí hasta que se elimine.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read: {reason}. It was left as it is. Ankle Coach is using the default settings for now, and will not save over the file.</source>
        <translation>No se ha podido leer el archivo de ajustes {path}: {reason}. Se ha dejado como estaba. Ankle Coach usa por ahora los ajustes predeterminados y no guardará encima del archivo.</translation>
    </message>
    <message>
        <source>Some settings in {path} could not be used and are back to their defaults: {settings}.</source>
        <translation>Algunos ajustes de {path} no se han podido usar y vuelven a su valor predeterminado: {settings}.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Ankle Coach (settings version {version}); these settings in it are not known to this version and are ignored: {keys}.</source>
        <translation>{path} lo escribió una versión más reciente de Ankle Coach (versión de ajustes {version}); esta versión no conoce estos ajustes y los ignora: {keys}.</translation>
    </message>
    <message>
        <source>These settings in {path} are not known to this version and are ignored: {keys}.</source>
        <translation>Esta versión no conoce estos ajustes de {path} y los ignora: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be used: {reason}. It could not be moved aside to {aside} either ({problem}), so it will be replaced when the settings are next saved. Ankle Coach is using the default settings.</source>
        <translation>No se ha podido usar el archivo de ajustes {path}: {reason}. Tampoco se ha podido apartar a {aside} ({problem}), así que se sustituirá la próxima vez que se guarden los ajustes. Ankle Coach usa los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be used: {reason}. It was moved to {aside}, and Ankle Coach is using the default settings.</source>
        <translation>No se ha podido usar el archivo de ajustes {path}: {reason}. Se ha movido a {aside} y Ankle Coach usa los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>{path} could not be read when Ankle Coach started, so it was left as it is and the settings were not saved over it</source>
        <translation>{path} no se pudo leer al iniciar Ankle Coach, así que se dejó como estaba y los ajustes no se han guardado encima</translation>
    </message>
    <message>
        <source>{path} was left as it is: it could not be looked at ({error})</source>
        <translation>{path} se ha dejado como estaba: no se ha podido examinar ({error})</translation>
    </message>
    <message>
        <source>{path} was left as it is: {kind}, not a settings file</source>
        <translation>{path} se ha dejado como estaba: {kind}, no un archivo de ajustes</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>un valor de tipo {type}</translation>
    </message>
    <message>
        <source>{name} = {value} (must be {allowed}; now the default)</source>
        <translation>{name} = {value} (debe ser {allowed}; ahora el valor predeterminado)</translation>
    </message>
    <message>
        <source>{name} = {value} (must be {allowed}; now the default, {default})</source>
        <translation>{name} = {value} (debe ser {allowed}; ahora el valor predeterminado, {default})</translation>
    </message>
</context>
<context>
    <name>core.settings_reading</name>
    <message>
        <source>it is a link to a file that does not exist</source>
        <extracomment>A settings file is a few hundred bytes; anything far larger is not one, and is never parsed.</extracomment>
        <translation>es un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it is not valid TOML (its lists or tables are nested too deeply)</source>
        <translation>no es TOML válido (sus listas o tablas están anidadas a demasiada profundidad)</translation>
    </message>
    <message>
        <source>it is too large to read</source>
        <translation>es demasiado grande para leerlo</translation>
    </message>
    <message>
        <source>a number in it has too many digits</source>
        <translation>un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>it is not valid TOML ({error})</source>
        <translation>no es TOML válido ({error})</translation>
    </message>
    <message>
        <source>it is {size}; a settings file is at most {limit} KiB</source>
        <translation>ocupa {size}; un archivo de ajustes ocupa como máximo {limit} KiB</translation>
    </message>
    <message>
        <source>it is {kind}</source>
        <translation>es {kind}</translation>
    </message>
    <message>
        <source>it is a link in a loop of links</source>
        <translation>es un enlace dentro de un bucle de enlaces</translation>
    </message>
    <message>
        <source>it is a link that points back to itself</source>
        <translation>es un enlace que apunta a sí mismo</translation>
    </message>
</context>
<context>
    <name>core.sharing.checks</name>
    <message>
        <source>a routine package</source>
        <extracomment>What a routine package&apos;s file name ends with. The most a package may unpack to (its routine and its images together), and the most the package file itself may weigh. The longest name of an image file (or of a folder on its path), in UTF-8 bytes: file systems take 255, and writing it safely adds a temporary name around it. What a limit is of, in the user&apos;s language through `translate(&quot;core.sharing.checks&quot;, ...)`: &quot;{what} may be at most {limit}&quot;.</extracomment>
        <translation>un paquete de rutina</translation>
    </message>
    <message>
        <source>a routine file</source>
        <translation>un archivo de rutina</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>is larger than {limit}; {what} may be at most that</source>
        <translation>ocupa más de {limit}; {what} puede ocupar como máximo eso</translation>
    </message>
    <message>
        <source>is {size}; {what} may be at most {limit}</source>
        <translation>ocupa {size}; {what} puede ocupar como máximo {limit}</translation>
    </message>
    <message>
        <source>is not a routine package: the zip file is damaged ({error})</source>
        <translation>no es un paquete de rutina: el archivo zip está dañado ({error})</translation>
    </message>
    <message>
        <source>cannot be unpacked: {error}</source>
        <translation>no se puede descomprimir: {error}</translation>
    </message>
    <message>
        <source>has a backslash in its name; a routine package uses / between folders</source>
        <translation>tiene una barra invertida en el nombre; un paquete de rutina separa las carpetas con /</translation>
    </message>
    <message>
        <source>is an absolute path; a routine package holds only paths inside it</source>
        <translation>es una ruta absoluta; un paquete de rutina solo contiene rutas dentro de él</translation>
    </message>
    <message>
        <source>goes up a folder with &quot;..&quot;; a routine package holds only paths inside it</source>
        <translation>sube de carpeta con «..»; un paquete de rutina solo contiene rutas dentro de él</translation>
    </message>
    <message>
        <source>is not a plain relative path; a routine package holds only paths inside it</source>
        <translation>no es una ruta relativa simple; un paquete de rutina solo contiene rutas dentro de él</translation>
    </message>
    <message>
        <source>is a symbolic link; a routine package holds only plain files</source>
        <translation>es un enlace simbólico; un paquete de rutina solo contiene archivos normales</translation>
    </message>
    <message>
        <source>is encrypted; a routine package cannot be password-protected</source>
        <translation>está cifrado; un paquete de rutina no puede estar protegido con contraseña</translation>
    </message>
    <message>
        <source>holds {count} entries; a routine package may hold at most {limit}</source>
        <translation>contiene {count} entradas; un paquete de rutina puede contener como máximo {limit}</translation>
    </message>
    <message>
        <source>appears twice in the package</source>
        <translation>aparece dos veces en el paquete</translation>
    </message>
    <message>
        <source>names the same file as &quot;{name}&quot;; a routine package holds each file once</source>
        <translation>designa el mismo archivo que «{name}»; un paquete de rutina contiene cada archivo una sola vez</translation>
    </message>
    <message>
        <source>would unpack to {size}; a routine package may unpack to at most {limit}</source>
        <translation>ocuparía {size} al descomprimirlo; un paquete de rutina puede ocupar como máximo {limit} descomprimido</translation>
    </message>
    <message>
        <source>holds no routine file ({suffix}) at its top level</source>
        <translation>no contiene ningún archivo de rutina ({suffix}) en el nivel superior</translation>
    </message>
    <message>
        <source>holds {count} routine files ({names}); a package holds one</source>
        <translation>contiene {count} archivos de rutina ({names}); un paquete contiene uno solo</translation>
    </message>
    <message>
        <source>is neither the routine file nor an image (.svg, .png, .jpg); a routine package holds only those</source>
        <translation>no es ni el archivo de rutina ni una imagen (.svg, .png, .jpg); un paquete de rutina solo contiene eso</translation>
    </message>
    <message>
        <source>is both a file and a folder</source>
        <translation>es a la vez un archivo y una carpeta</translation>
    </message>
    <message>
        <source>unpacks to more than {limit}; {what} may be at most that</source>
        <translation>ocupa más de {limit} al descomprimirlo; {what} puede ocupar como máximo eso</translation>
    </message>
    <message>
        <source>unpacks to more than {limit}; a routine package may unpack to at most that</source>
        <translation>ocupa más de {limit} al descomprimirlo; un paquete de rutina puede ocupar como máximo eso descomprimido</translation>
    </message>
    <message>
        <source>its images come to more than {limit}; a routine may bring at most that</source>
        <translation>sus imágenes suman más de {limit}; una rutina puede traer como máximo eso</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has a file name of {length} bytes; an image&apos;s may have at most {limit}</source>
        <translation>«{name}» tiene un nombre de archivo de {length} bytes; el de una imagen puede tener como máximo {limit}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is neither included nor a built-in illustration; the exercise will show no illustration</source>
        <translation>«{name}» no está incluida ni es una ilustración incluida en la app; el ejercicio se mostrará sin ilustración</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; {problem}</source>
        <translation>«{name}» {problem}</translation>
    </message>
    <message>
        <source>is neither a routine package ({package}) nor a routine file ({suffix})</source>
        <translation>no es ni un paquete de rutina ({package}) ni un archivo de rutina ({suffix})</translation>
    </message>
</context>
<context>
    <name>core.sharing.exporting</name>
    <message>
        <source>would not import the same; not written</source>
        <extracomment>The date every packed file carries, so exporting the same routine twice gives the same bytes.</extracomment>
        <translation>no se importaría igual; no se ha escrito</translation>
    </message>
    <message>
        <source>is neither in the routine&apos;s folder nor a built-in illustration; fix it before sharing the routine</source>
        <translation>no está en la carpeta de la rutina ni es una ilustración incluida; corrígelo antes de compartir la rutina</translation>
    </message>
</context>
<context>
    <name>core.sharing.importing</name>
    <message>
        <source>could not be written: {reason}; nothing was imported</source>
        <extracomment>A routine of the same id is in the folder; nothing was written. Ask, then import again with on_conflict=&quot;replace&quot; or &quot;rename&quot;. The file cannot be used; `problems` says why. Nothing was written. IMPORTED: the routine as saved (image paths changed). CONFLICT: as read. REFUSED: None. IMPORTED: the id it was saved under. CONFLICT: the id it asks for. IMPORTED: the new routine file. CONFLICT: the routine file already there. CONFLICT: the id &quot;rename&quot; would save it under. IMPORTED: it replaced a routine of the same id. REFUSED: why, each naming the file and field. Not reasons to refuse, but worth telling: a missing image, a changed id.</extracomment>
        <translation>no se ha podido escribir: {reason}; no se ha importado nada</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la cuota de disco está agotada</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the name is too long for the file system</source>
        <translation>el nombre es demasiado largo para el sistema de archivos</translation>
    </message>
    <message>
        <source>saved as &quot;{id}&quot;, since a built-in routine has that id</source>
        <translation>guardada como «{id}», porque una rutina incluida ya tiene ese identificador</translation>
    </message>
    <message>
        <source>saved as &quot;{id}&quot;, since {folder} is already there</source>
        <translation>guardada como «{id}», porque {folder} ya existe</translation>
    </message>
    <message>
        <source>is too long once imported: at most 255 characters</source>
        <translation>es demasiado largo una vez importado: 255 caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>core.triage</name>
    <message>
        <source>A podiatrist (a foot doctor) is the most qualified for ankle pain; an orthopaedic sports-medicine physician is a good choice too.</source>
        <extracomment>A rating from which the pain alone calls for a doctor. How many rated check-ins make a trend, and over how many days at least.</extracomment>
        <translation>Lo más indicado para el dolor de tobillo es un podólogo (especialista en el pie); un traumatólogo especializado en medicina deportiva también es buena opción.</translation>
    </message>
    <message>
        <source>Get urgent medical care if you can&apos;t put weight on the foot, the ankle looks misshapen, or the foot turns numb, cold or blue.</source>
        <extracomment>The urgent-care words, the same as the see-a-doctor guidance&apos;s &quot;Get help straight away&quot; (assets/guidance/doctor.toml; Ankle Coach&apos;s own cautious advice, the article has none).</extracomment>
        <translation>Busca atención médica urgente si no puedes apoyar el pie, si el tobillo parece deformado o si el pie se entumece, se enfría o se pone azulado.</translation>
    </message>
    <message>
        <source>Ankle Coach does not diagnose. These rules only say when the article&apos;s advice points to a doctor.</source>
        <extracomment>The warning signs that call for care straight away rather than an appointment.</extracomment>
        <translation>Ankle Coach no hace diagnósticos. Estas reglas solo indican cuándo los consejos del artículo apuntan a consultar a un médico.</translation>
    </message>
    <message>
        <source>swelling</source>
        <extracomment>A warning sign as a reason says it. A warning sign as a reason says it (one item of a list; translated where it is said).</extracomment>
        <translation>hinchazón</translation>
    </message>
    <message>
        <source>you can&apos;t put weight on it</source>
        <translation>no puedes apoyar el pie</translation>
    </message>
    <message>
        <source>pain at rest or at night</source>
        <translation>dolor en reposo o por la noche</translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation>entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>a recent injury that has not healed</source>
        <translation>una lesión reciente que no se ha curado</translation>
    </message>
    <message>
        <source>You ticked a warning sign at a check-in in the last 7 days: swelling, you can&apos;t put weight on it, pain at rest or at night, numbness or tingling, or a recent injury that has not healed.</source>
        <extracomment>Each rule in plain words; a test checks that the README says each one.</extracomment>
        <translation>Has marcado una señal de alarma en un registro del dolor de los últimos 7 días: hinchazón, no puedes apoyar el pie, dolor en reposo o por la noche, entumecimiento u hormigueo, o una lesión reciente que no se ha curado.</translation>
    </message>
    <message>
        <source>You rated your pain 7 or more out of 10 at a check-in in the last 7 days.</source>
        <translation>Has valorado tu dolor con un 7 o más sobre 10 en un registro del dolor de los últimos 7 días.</translation>
    </message>
    <message>
        <source>Your pain has not gone away: every pain rating you gave over 14 days or more was above 0 (at least two ratings, 14 or more days apart), even if it went down a little. A rating of 0, no pain, starts the count again.</source>
        <translation>Tu dolor no se ha ido: todas las valoraciones del dolor que diste durante 14 días o más fueron superiores a 0 (al menos dos valoraciones, separadas por 14 días o más), aunque bajara un poco. Una valoración de 0, sin dolor, reinicia la cuenta.</translation>
    </message>
    <message>
        <source>Your pain is getting worse: each of your last three pain ratings is higher than the one before, however far apart they are.</source>
        <translation>Tu dolor va a peor: cada una de tus tres últimas valoraciones del dolor es más alta que la anterior, por separadas que estén en el tiempo.</translation>
    </message>
    <message>
        <source>When none of these applies, Ankle Coach says to keep watching how your ankle feels. It never says that your ankle is fine.</source>
        <extracomment>What happens when no rule applies, in the same words everywhere.</extracomment>
        <translation>Si no se cumple ninguna, Ankle Coach te dice que sigas atento a cómo notas el tobillo. Nunca dice que tu tobillo esté bien.</translation>
    </message>
    <message>
        <source>You ticked a warning sign in the last {days} days: {signs}.</source>
        <extracomment>a sign ticked in the last RECENT_DAYS days calls for care straight away (URGENT_CARE)</extracomment>
        <translation>Has marcado una señal de alarma en los últimos {days} días: {signs}.</translation>
    </message>
    <message>
        <source>You rated your pain {rating} out of 10 on {day}: {severe} or more calls for a doctor.</source>
        <translation>Valoraste tu dolor con un {rating} sobre 10 el {day}: a partir de {severe}, hay que consultar a un médico.</translation>
    </message>
    <message>
        <source>Your pain has not gone away in {days} days: you rated it {low} out of 10 at every check-in from {first} to {last} ({count} ratings). If the pain doesn&apos;t go away, it needs looking into.</source>
        <translation>Tu dolor no se ha ido en {days} días: lo valoraste con un {low} sobre 10 en todos los registros del dolor del {first} al {last} ({count} valoraciones). Si el dolor no se va, hay que averiguar la causa.</translation>
    </message>
    <message>
        <source>Your pain has not gone away in {days} days: you rated it between {low} and {high} out of 10 at every check-in from {first} to {last} ({count} ratings). If the pain doesn&apos;t go away, it needs looking into.</source>
        <translation>Tu dolor no se ha ido en {days} días: lo valoraste entre {low} y {high} sobre 10 en todos los registros del dolor del {first} al {last} ({count} valoraciones). Si el dolor no se va, hay que averiguar la causa.</translation>
    </message>
    <message>
        <source>Your pain is getting worse: {first}, then {second}, then {third} out of 10 at your last three check-ins. If it gets worse, it needs looking into.</source>
        <translation>Tu dolor va a peor: {first}, luego {second} y luego {third} sobre 10 en tus tres últimos registros del dolor. Si empeora, hay que averiguar la causa.</translation>
    </message>
    <message>
        <source>Get medical care for your ankle straight away.</source>
        <translation>Busca atención médica para tu tobillo de inmediato.</translation>
    </message>
    <message>
        <source>It&apos;s time to see a doctor about your ankle.</source>
        <translation>Es hora de consultar a un médico por tu tobillo.</translation>
    </message>
    <message>
        <source>Keep watching how your ankle feels.</source>
        <translation>Sigue atento a cómo notas el tobillo.</translation>
    </message>
    <message>
        <source>You rated your pain {rating} out of 10 before this session. The article says not to try to tough out pain: if you&apos;re having pain, see a doctor and take it easy. You may still start: go gently, and stop if it hurts.</source>
        <translation>Has valorado tu dolor con un {rating} sobre 10 antes de esta sesión. El artículo dice que no aguantes el dolor sin más: si te duele, consulta a un médico y tómatelo con calma. Puedes empezar igualmente: hazlo con suavidad y para si te duele.</translation>
    </message>
    <message>
        <source>There are no check-ins yet.</source>
        <translation>Todavía no hay registros del dolor.</translation>
    </message>
    <message>
        <source>There are no pain ratings so far; whether pain goes away is judged over at least {days} days of ratings.</source>
        <translation>Todavía no hay valoraciones del dolor; para saber si el dolor se va, hacen falta valoraciones de al menos {days} días.</translation>
    </message>
    <message>
        <source>You rated your pain above 0 at your latest check-in. If it is still there {trend} days after the first of those ratings, that is a reason to see a doctor.</source>
        <translation>En tu último registro del dolor lo valoraste por encima de 0. Si sigue ahí {trend} días después de la primera de esas valoraciones, es motivo para consultar a un médico.</translation>
    </message>
    <message>
        <source>You rated your pain above 0 at each of your last {count} check-ins, since {day}. If it is still there {trend} days after the first of those ratings, that is a reason to see a doctor.</source>
        <translation>Has valorado tu dolor por encima de 0 en cada uno de tus últimos {count} registros del dolor, desde el {day}. Si sigue ahí {trend} días después de la primera de esas valoraciones, es motivo para consultar a un médico.</translation>
    </message>
    <message>
        <source>You rated your pain above 0 at every check-in for {days} days. If it is still there {trend} days after the first of those ratings, that is a reason to see a doctor.</source>
        <translation>Has valorado tu dolor por encima de 0 en todos los registros del dolor durante {days} días. Si sigue ahí {trend} días después de la primera de esas valoraciones, es motivo para consultar a un médico.</translation>
    </message>
    <message>
        <source>None of the rules for seeing a doctor applies to your check-ins.</source>
        <translation>Ninguna de las reglas para consultar a un médico se aplica a tus registros del dolor.</translation>
    </message>
    <message>
        <source>If the pain doesn&apos;t go away or gets worse, or you are unsure whether your ankle is injured, see a doctor.</source>
        <translation>Si el dolor no se va o empeora, o no sabes si tienes el tobillo lesionado, consulta a un médico.</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>Day and month names as a date in a reason shows them (translated where they are said).</extracomment>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
</context>
<context>
    <name>core.window_state</name>
    <message>
        <source>{path} was left as it is: it is not a regular file</source>
        <extracomment>A window file is a few hundred bytes; a far larger one is not one, and is never parsed. The docked sidebar&apos;s width when the window closed, in px; 0 when not known (an older file). Qt&apos;s restoreState does not keep it: the pages are built after the state is applied, and the new middle gave its room to the sidebar (README &quot;Window&quot;). A sidebar width beyond this is not one (a damaged or hand-made file). The splitter between the middle and a docked sidebar, in px (a little more than Qt&apos;s). The inside of the window when neither maximised nor full screen. With the window system&apos;s frame, as it was then (maximised: the whole screen). QWidget.saveGeometry&apos;s magic number and the newest format version read (Qt 5.15 and 6). magic, major and minor version, frame and normal geometry (each x1 y1 x2 y2), screen number, maximised, full screen; big-endian as QDataStream writes it. A window frame wider than this on a side is not one (a damaged or hand-made file).</extracomment>
        <translation>{path} se ha dejado como estaba: no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>core.words.plans</name>
    <message>
        <source>Get ready</source>
        <extracomment>What a segment that is not exercise time is called in a line of text (translated where shown: `kind_word`).</extracomment>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>GET READY</source>
        <extracomment>A segment&apos;s kind in the timetable&apos;s column.</extracomment>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>EJERCICIO</translation>
    </message>
    <message>
        <source>MANUAL</source>
        <translation>SIN TIEMPO</translation>
    </message>
    <message>
        <source>{sets} × {length} hold</source>
        <translation>{sets} × {length} de mantenimiento</translation>
    </message>
    <message>
        <source>{length} hold</source>
        <translation>{length} de mantenimiento</translation>
    </message>
    <message>
        <source>{sets} × 1 rep ({tempo})</source>
        <translation>{sets} × 1 repetición ({tempo})</translation>
    </message>
    <message>
        <source>1 rep ({tempo})</source>
        <translation>1 repetición ({tempo})</translation>
    </message>
    <message>
        <source>{sets} × {reps} reps ({tempo} each)</source>
        <translation>{sets} × {reps} repeticiones ({tempo} cada una)</translation>
    </message>
    <message>
        <source>{reps} reps ({tempo} each)</source>
        <translation>{reps} repeticiones ({tempo} cada una)</translation>
    </message>
    <message>
        <source>{sets} × at your own pace</source>
        <translation>{sets} × a tu ritmo</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>each direction</source>
        <translation>en cada sentido</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>en cada lado</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>solo lado izquierdo</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>solo lado derecho</translation>
    </message>
    <message>
        <source>rest {length} between sets</source>
        <translation>{length} de descanso entre series</translation>
    </message>
    <message>
        <source>set {number} of {sets}</source>
        <translation>serie {number} de {sets}</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 repetición</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} repeticiones</translation>
    </message>
    <message>
        <source>next: {name}</source>
        <translation>siguiente: {name}</translation>
    </message>
    <message>
        <source>Get ready next: {name}</source>
        <translation>Prepárate, siguiente: {name}</translation>
    </message>
    <message>
        <source>Rest next: {name}</source>
        <translation>Descanso, siguiente: {name}</translation>
    </message>
    <message>
        <source>Switch next: {name}</source>
        <translation>Cambio, siguiente: {name}</translation>
    </message>
    <message>
        <source>Left out, so that no cue talks over another:</source>
        <extracomment>The heading of the cues a Plan left out, after its timetable (translated where shown: `dropped_heading`).</extracomment>
        <translation>Omitidos para que ningún aviso se solape con otro:</translation>
    </message>
    <message>
        <source>until Done</source>
        <translation>hasta «Hecho»</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
</context>
<context>
    <name>core.words.sides</name>
    <message>
        <source>clockwise</source>
        <translation>en sentido horario</translation>
    </message>
    <message>
        <source>counter-clockwise</source>
        <translation>en sentido antihorario</translation>
    </message>
    <message>
        <source>anticlockwise</source>
        <translation>en sentido antihorario</translation>
    </message>
    <message>
        <source>left</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
</context>
<context>
    <name>core.words.times</name>
    <message>
        <source>1 minute left</source>
        <translation>queda un minuto</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>queda un segundo</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} segundos</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
</context>
<context>
    <name>qt.cue_player</name>
    <message>
        <source>The cue sounds could not be read or saved: {reason}.</source>
        <extracomment>Makes the playable sound of a WAV file, at a volume from 0 to 1, owned by a parent QObject. After this long with nothing to say the sound device is let go (so the sound card may sleep and an idle app costs no CPU); `wake()`, before a session runs, opens it again. After a cue has been said, and this long for the device to play out what it holds, the device is stopped (opened still): it plays nothing between cues. Whether this player holds the process&apos;s sound output open (the real one only).</extracomment>
        <translation>No se pudieron leer ni guardar los sonidos de los avisos: {reason}.</translation>
    </message>
</context>
<context>
    <name>speech.espeak</name>
    <message>
        <source>No speech library was found: install the espeakng-loader Python package (pip install espeakng-loader) or the espeak-ng system package (sudo apt install espeak-ng).</source>
        <extracomment>Why there is no voice, in English (said in the user&apos;s language by `prepare_espeak`).</extracomment>
        <translation>No se encontró ninguna biblioteca de voz: instala el paquete de Python espeakng-loader (pip install espeakng-loader) o el paquete del sistema espeak-ng (sudo apt install espeak-ng).</translation>
    </message>
    <message>
        <source>The speech library {library} named by {variable} cannot be loaded: unset {variable} or point it at a libespeak-ng.so.1 file.</source>
        <translation>No se puede cargar la biblioteca de voz {library} indicada en {variable}: elimina {variable} o haz que apunte a un archivo libespeak-ng.so.1.</translation>
    </message>
</context>
<context>
    <name>speech.facts</name>
    <message>
        <source>it holds no sound</source>
        <extracomment>The `format` of a facts file; one of another format is measured again, never misread. A facts file is some 150 bytes; a longer one is not a facts file.</extracomment>
        <translation>no contiene sonido</translation>
    </message>
    <message>
        <source>it is {size} bytes long, not the {rendered} rendered</source>
        <translation>mide {size} bytes, no los {rendered} generados</translation>
    </message>
    <message>
        <source>its header says {frames} frames of {channels} x {bits}-bit at {rate} Hz, not the {rendered_frames} frames of {rendered_channels} x {rendered_bits}-bit at {rendered_rate} Hz rendered</source>
        <translation>su cabecera indica {frames} tramas de {channels} × {bits} bits a {rate} Hz, no las {rendered_frames} tramas de {rendered_channels} × {rendered_bits} bits a {rendered_rate} Hz generadas</translation>
    </message>
    <message>
        <source>its samples are not those rendered (their checksum differs)</source>
        <translation>sus muestras no son las generadas (la suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>it is damaged: {error}</source>
        <translation>está dañado: {error}</translation>
    </message>
    <message>
        <source>it cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
</context>
<context>
    <name>speech.playback</name>
    <message>
        <source>the sound output failed: {error}</source>
        <extracomment>The format espeak-ng renders and the beeps are written in: what the device is opened with. The device asks for sound this often. How long the device is started on silence after it opens, to prime it.</extracomment>
        <translation>la salida de sonido falló: {error}</translation>
    </message>
    <message>
        <source>Sound cannot play because the audio library did not load ({detail}), so cues are shown on screen only. Reinstalling Ankle Coach (pip install --force-reinstall miniaudio) may fix it.</source>
        <translation>No se puede reproducir sonido porque la biblioteca de audio no se cargó ({detail}), así que los avisos solo se muestran en pantalla. Reinstalar Ankle Coach (pip install --force-reinstall miniaudio) puede solucionarlo.</translation>
    </message>
    <message>
        <source>no sound system is built in</source>
        <translation>no hay ningún sistema de sonido integrado</translation>
    </message>
    <message>
        <source>No sound server answered and no sound device could be opened ({detail}), so cues are shown on screen only. Check that PulseAudio, PipeWire or your sound card is working and that speakers or headphones are connected, then start the session again.</source>
        <translation>Ningún servidor de sonido respondió y no se pudo abrir ningún dispositivo de audio ({detail}), así que los avisos solo se muestran en pantalla. Comprueba que PulseAudio, PipeWire o tu tarjeta de sonido funcionan y que hay altavoces o auriculares conectados; luego vuelve a empezar la sesión.</translation>
    </message>
    <message>
        <source>error {code}</source>
        <translation>error {code}</translation>
    </message>
    <message>
        <source>not running or not installed</source>
        <extracomment>The sound systems tried, in order, by platform; miniaudio&apos;s own order, less its null device (which &quot;plays&quot; into nothing and would hide that no sound is heard). What users call each sound system, for the reason given when none opens.</extracomment>
        <translation>no se está ejecutando o no está instalado</translation>
    </message>
    <message>
        <source>no device</source>
        <translation>ningún dispositivo</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>no arrancó</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>{sound}: cannot be played ({error})</source>
        <extracomment>Guards the device: opening, starting, stopping, closing (the caller&apos;s threads). Guards the sound playing, which the device&apos;s thread reads. Never held while the device is started or stopped: stopping waits for the device&apos;s thread. Which sound system plays, once open (&quot;PulseAudio&quot;, &quot;ALSA&quot;, ...). time.monotonic() of each step of the last open(): &quot;asked&quot;, &quot;open&quot;, &quot;primed&quot;.</extracomment>
        <translation>{sound}: no se puede reproducir ({error})</translation>
    </message>
    <message>
        <source>{sound}: cannot be played ({channels} channel(s) at {rate} Hz; 1 at {expected} Hz expected)</source>
        <translation>{sound}: no se puede reproducir ({channels} canal(es) a {rate} Hz; se esperaba 1 a {expected} Hz)</translation>
    </message>
</context>
<context>
    <name>speech.render</name>
    <message>
        <source>{folder}: no space left on device for the cue sounds; free some space, then try again.</source>
        <extracomment>Called with (texts rendered so far, texts to render) after each newly rendered text, on the thread that called render(); not called for texts already in the cache. How long the worker may stay silent (starting up, or on one text) before it is stopped. Where a process cannot be asked whether it runs (Windows), its partial file is stale when this old (`remove_stale_partials`). How often a silent worker&apos;s render is looked at (`run_worker`&apos;s while_quiet), in seconds.</extracomment>
        <translation>{folder}: no queda espacio en el dispositivo para los sonidos de los avisos; libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{folder}: the cue sounds cannot be written there: {error}.</source>
        <translation>{folder}: no se pueden guardar ahí los sonidos de los avisos: {error}.</translation>
    </message>
    <message>
        <source>{count} cached cue sound(s) were damaged and could not be rendered again (the first, {text}: {why}). {reason}</source>
        <extracomment>How many worker processes this renderer has started.</extracomment>
        <translation>{count} sonido(s) de aviso guardados estaban dañados y no se pudieron generar de nuevo (el primero, {text}: {why}). {reason}</translation>
    </message>
    <message>
        <source>The cue cache {folder} cannot be created: {error}.</source>
        <translation>No se puede crear la caché de avisos {folder}: {error}.</translation>
    </message>
    <message>
        <source>{failed} of {total} cues could not be rendered; the first: {first}.</source>
        <translation>No se pudieron generar {failed} de {total} avisos; el primero: {first}.</translation>
    </message>
    <message>
        <source>The speech worker finished without rendering {absent} of {total} cues (the first: {first}).</source>
        <translation>El proceso de voz terminó sin generar {absent} de {total} avisos (el primero: {first}).</translation>
    </message>
    <message>
        <source>The speech worker could not start: {error}.</source>
        <translation>El proceso de voz no pudo arrancar: {error}.</translation>
    </message>
    <message>
        <source>The speech worker gave no answer for {seconds} seconds and was stopped.</source>
        <translation>El proceso de voz no respondió durante {seconds} segundos y se detuvo.</translation>
    </message>
    <message>
        <source>The speech worker did not exit after its last answer and was stopped.</source>
        <translation>El proceso de voz no terminó tras su última respuesta y se detuvo.</translation>
    </message>
    <message>
        <source>The speech worker was stopped by signal {signal}.</source>
        <translation>El proceso de voz se detuvo por la señal {signal}.</translation>
    </message>
    <message>
        <source>The speech worker failed (exit status {status}): {detail}</source>
        <translation>El proceso de voz falló (código de salida {status}): {detail}</translation>
    </message>
    <message>
        <source>The speech worker failed (exit status {status}).</source>
        <translation>El proceso de voz falló (código de salida {status}).</translation>
    </message>
</context>
<context>
    <name>speech.worker</name>
    <message>
        <source>espeak wrote an empty file twice</source>
        <extracomment>How long one utterance may take to render (they take ~10 ms to 0.2 s here). The app that started it is gone (nobody reads this status; see `leave_when_orphaned`). How often the worker looks whether the app that started it is still there, in seconds. The language of the texts; None: say them in the chosen or default voice as it is.</extracomment>
        <translation>espeak escribió dos veces un archivo vacío</translation>
    </message>
    <message>
        <source>The speech engine did not finish {text} within {seconds} seconds.</source>
        <translation>El motor de voz no terminó {text} en {seconds} segundos.</translation>
    </message>
    <message>
        <source>the speech engine failed: {error}</source>
        <translation>el motor de voz falló: {error}</translation>
    </message>
    <message>
        <source>the speech engine wrote no usable WAV: {error}</source>
        <translation>el motor de voz no escribió un WAV utilizable: {error}</translation>
    </message>
    <message>
        <source>The speech engine could not start: {error}</source>
        <translation>El motor de voz no pudo arrancar: {error}</translation>
    </message>
    <message>
        <source>There is no voice {voice}; choose one of the installed voices.</source>
        <translation>No existe la voz {voice}; elige una de las voces instaladas.</translation>
    </message>
    <message>
        <source>cannot write {file}: {error}</source>
        <translation>no se puede escribir {file}: {error}</translation>
    </message>
    <message>
        <source>{folder}: no space left on device for the cue sounds; free some space, then try again.</source>
        <translation>{folder}: no queda espacio en el dispositivo para los sonidos de los avisos; libera espacio y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>terminal</name>
    <message>
        <source>Preparing the voice: {done} of {total} cues</source>
        <extracomment>Exit status after Ctrl-C, as shells expect (128 + SIGINT). The signals that end a session cleanly, the terminal restored: the exit status is 128 + the signal&apos;s number, as a shell reports a process killed by it (SIGTERM 143, SIGHUP 129, SIGQUIT 131). SIGQUIT would otherwise dump core with the terminal still in cbreak mode. The progress bar is shortened down to this many cells before anything else goes. The segment&apos;s words are cut to no fewer columns than this before the bar and clock go. Erase from the cursor to the end of the line (ECMA-48 EL), after a line drawn in place. Once the routine is complete, how long to let its last words be heard at most. Cues not printed on a terminal: the progress line shows the rep and the time left already.</extracomment>
        <translation>Preparando la voz: {done} de {total} avisos</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation>Sin voz: {reason}</translation>
    </message>
    <message>
        <source>(passed while busy, not said late: {cues})</source>
        <translation>(pasados mientras estaba ocupado, no se dicen tarde: {cues})</translation>
    </message>
    <message>
        <source>press d when done</source>
        <translation>pulsa d al terminar</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>{segment}, rep {rep} of {reps}</source>
        <translation>{segment}, repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINADA</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>Silenciado.</translation>
    </message>
    <message>
        <source>Sound on.</source>
        <translation>Sonido activado.</translation>
    </message>
    <message>
        <source>Routine complete.</source>
        <translation>Rutina completada.</translation>
    </message>
    <message>
        <source>Space pause, n next, b back, r restart exercise, d done, +/- 5 s, m mute, q quit</source>
        <translation>Espacio pausar, n siguiente, b atrás, r reiniciar ejercicio, d hecho, +/- 5 s, m silenciar, q salir</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpida.</translation>
    </message>
    <message>
        <source>Stopped by {signal}.</source>
        <translation>Detenida por {signal}.</translation>
    </message>
</context>
<context>
    <name>ui.actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Marked with QT_TRANSLATE_NOOP in the context &quot;ui.actions&quot;; translated when shown. A line above it in its menu. The menus, in order: their names and titles. The Session menu holds the SessionActions.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open routine file…</source>
        <translation>&amp;Abrir archivo de rutina…</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>Ed&amp;it routine…</source>
        <translation>&amp;Editar rutina…</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation>&amp;Duplicar rutina…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importar rutina…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>E&amp;xportar rutina…</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Exportar &amp;hoja de ejercicios (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Im&amp;primir hoja de ejercicios…</translation>
    </message>
    <message>
        <source>&amp;Reload routines</source>
        <translation>&amp;Recargar rutinas</translation>
    </message>
    <message>
        <source>Show &amp;my routines folder</source>
        <translation>&amp;Mostrar la carpeta de mis rutinas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Pain &amp;check-in…</source>
        <translation>Registro del &amp;dolor…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>&amp;About Ankle Coach</source>
        <translation>&amp;Acerca de Ankle Coach</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Empezar, pausar o reanudar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Pasar al siguiente paso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the start of this or the last step</source>
        <translation>Volver al inicio de este paso o del anterior</translation>
    </message>
    <message>
        <source>Restart exercise</source>
        <translation>Reiniciar ejercicio</translation>
    </message>
    <message>
        <source>Start this exercise again</source>
        <translation>Empezar este ejercicio de nuevo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Finish a step done at your own pace</source>
        <translation>Terminar un paso hecho a tu ritmo</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Hold {seconds} seconds longer</source>
        <translation>Mantener {seconds} segundos más</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Hold {seconds} seconds less</source>
        <translation>Mantener {seconds} segundos menos</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Turn the voice off or on</source>
        <translation>Apagar o encender la voz</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, large type, for showing a patient</source>
        <translation>Pantalla completa con letra grande, para enseñársela a un paciente</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
</context>
<context>
    <name>ui.check_in.dialog</name>
    <message>
        <source>Before you start: how does your ankle feel?</source>
        <extracomment>The question, by when it is asked (translated where shown).</extracomment>
        <translation>Antes de empezar: ¿cómo notas el tobillo?</translation>
    </message>
    <message>
        <source>After the session: how does your ankle feel?</source>
        <translation>Después de la sesión: ¿cómo notas el tobillo?</translation>
    </message>
    <message>
        <source>How does your ankle feel?</source>
        <translation>¿Cómo notas el tobillo?</translation>
    </message>
    <message>
        <source>No pain</source>
        <extracomment>Words under the scale, at 0, 5 and 10 (translated where shown).</extracomment>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>El peor imaginable</translation>
    </message>
    <message>
        <source>Pain {rating} out of 10</source>
        <extracomment>A checked rating takes a colour from calm to alarming, so the choice reads at a glance; its number is drawn in black or white, whichever reads better (4.5:1 or more, ui/theme.py). The keys that move the rating: back and forward, as in any group of radio buttons. The type of a rating&apos;s number, relative to the app font.</extracomment>
        <translation>Dolor {rating} de 10</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Registro del dolor</translation>
    </message>
    <message>
        <source>Your pain right now, from 0 (none) to 10 (the worst you can imagine). Leave it out if you&apos;d rather not say.</source>
        <translation>Tu dolor ahora mismo, de 0 (nada) a 10 (el peor que puedas imaginar). Déjalo en blanco si prefieres no decirlo.</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Leave the pain rating out</source>
        <translation>No indicar el nivel de dolor</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>¿Tienes ahora alguno de estos síntomas?</translation>
    </message>
    <message>
        <source>Any of these means it&apos;s time to see a doctor; Ankle Coach will say so.</source>
        <translation>Cualquiera de ellos significa que es momento de consultar a un médico; Ankle Coach te lo dirá.</translation>
    </message>
    <message>
        <source>Don&apos;t ask me before and after sessions</source>
        <translation>No preguntar antes ni después de las sesiones</translation>
    </message>
    <message>
        <source>You can turn the check-ins back on in Settings.</source>
        <translation>Puedes volver a activar el registro del dolor en Ajustes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Omitir el registro del dolor</translation>
    </message>
    <message>
        <source>No rating chosen.</source>
        <translation>Ningún valor elegido.</translation>
    </message>
    <message>
        <source>Pain: {rating} out of 10 ({words}).</source>
        <translation>Dolor: {rating} de 10 ({words}).</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>the worst imaginable</source>
        <translation>el peor imaginable</translation>
    </message>
</context>
<context>
    <name>ui.check_in.flow</name>
    <message>
        <source>Start the routine anyway?</source>
        <translation>¿Empezar la rutina de todos modos?</translation>
    </message>
    <message>
        <source>{urgent_care} Ankle Coach advises against exercising the ankle until a clinician has seen it.

Do you still want to start the routine?</source>
        <translation>{urgent_care} Ankle Coach desaconseja ejercitar el tobillo hasta que lo vea un profesional sanitario.

¿Quieres empezar la rutina de todos modos?</translation>
    </message>
    <message>
        <source>Yes, start anyway</source>
        <translation>Sí, empezar de todos modos</translation>
    </message>
    <message>
        <source>Don&apos;t start</source>
        <translation>No empezar</translation>
    </message>
</context>
<context>
    <name>ui.check_in.notice</name>
    <message>
        <source>When to see a doctor</source>
        <extracomment>(bar on light, bar on dark, light tint, dark tint) by level: red to act on, blue to watch.</extracomment>
        <translation>Cuándo consultar a un médico</translation>
    </message>
    <message>
        <source>Open the guidance: when to see a doctor</source>
        <translation>Abrir los consejos: cuándo consultar a un médico</translation>
    </message>
    <message>
        <source>How is this decided?</source>
        <translation>¿Cómo se decide?</translation>
    </message>
    <message>
        <source>Who to see: {who}</source>
        <translation>A quién acudir: {who}</translation>
    </message>
    <message>
        <source>Advice from your check-ins: see a doctor</source>
        <translation>Consejo según tus registros: consulta a un médico</translation>
    </message>
    <message>
        <source>Advice from your check-ins: keep watching</source>
        <translation>Consejo según tus registros: sigue observándolo</translation>
    </message>
    <message>
        <source>Hide the rules</source>
        <translation>Ocultar las reglas</translation>
    </message>
    <message>
        <source>Ankle Coach says it&apos;s time to see a doctor when any of these is true:</source>
        <translation>Ankle Coach te dice que consultes a un médico cuando se cumple cualquiera de estos puntos:</translation>
    </message>
    <message>
        <source>About your check-in</source>
        <translation>Sobre tu registro del dolor</translation>
    </message>
    <message>
        <source>If it hurts, don&apos;t try to tough it out: rest instead of doing this routine.</source>
        <translation>Si duele, no aguantes el dolor: descansa en lugar de hacer esta rutina.</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Empezar de todos modos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Don&apos;t start</source>
        <translation>No empezar</translation>
    </message>
</context>
<context>
    <name>ui.editor.dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>¿Guardar los cambios en «{title}»?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Elegir archivo de imagen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
</context>
<context>
    <name>ui.editor.exercises</name>
    <message>
        <source>Ankle circles</source>
        <extracomment>The illustration combo&apos;s item that asks for a file instead of naming an image. The built-in illustrations by file, as the illustration list names them.</extracomment>
        <translation>Círculos de tobillo</translation>
    </message>
    <message>
        <source>Ankle rolls</source>
        <translation>Rotaciones de tobillo</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevaciones de talones</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Estiramiento de gemelos</translation>
    </message>
    <message>
        <source>Foot massage</source>
        <translation>Masaje del pie</translation>
    </message>
    <message>
        <source>Running in place</source>
        <translation>Correr en el sitio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <extracomment>The validator&apos;s messages about the list as a whole (&quot;add at least one&quot;).</extracomment>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the chosen exercise</source>
        <translation>Ctrl+Arriba y Ctrl+Abajo mueven el ejercicio elegido</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>Add an exercise after the chosen one</source>
        <translation>Añade un ejercicio después del elegido</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Duplicar ejercicio</translation>
    </message>
    <message>
        <source>Add a copy of the chosen exercise</source>
        <translation>Añade una copia del ejercicio elegido</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Quitar ejercicio</translation>
    </message>
    <message>
        <source>Remove the chosen exercise</source>
        <translation>Quita el ejercicio elegido</translation>
    </message>
    <message>
        <source>Move exercise up</source>
        <translation>Subir ejercicio</translation>
    </message>
    <message>
        <source>Move the chosen exercise up (Ctrl+Up)</source>
        <translation>Sube el ejercicio elegido (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move exercise down</source>
        <translation>Bajar ejercicio</translation>
    </message>
    <message>
        <source>Move the chosen exercise down (Ctrl+Down)</source>
        <translation>Baja el ejercicio elegido (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>This exercise has problems</source>
        <translation>Este ejercicio tiene problemas</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>e.g. slow on the way down</source>
        <translation>p. ej., baja despacio</translation>
    </message>
    <message>
        <source>Chosen illustration</source>
        <translation>Ilustración elegida</translation>
    </message>
    <message>
        <source>e.g. up, down</source>
        <translation>p. ej., arriba, abajo</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rep.</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <extracomment>The input of each field of an exercise (&quot;directions&quot;: where they are typed). The line for the validator&apos;s messages about each field; &quot;&quot; for the exercise itself.</extracomment>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <source>The exercise&apos;s name, said as it starts</source>
        <translation>El nombre del ejercicio; se dice al empezar</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>What to do, said at the first set</source>
        <translation>Qué hay que hacer; se dice en la primera serie</translation>
    </message>
    <message>
        <source>Custom cue</source>
        <translation>Indicación propia</translation>
    </message>
    <message>
        <source>A few words the voice says as each set starts, after the call; optional</source>
        <translation>Unas palabras que la voz dice al empezar cada serie, después del aviso; opcional</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>A built-in drawing, or an image file of your own</source>
        <translation>Un dibujo incluido o un archivo de imagen propio</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Each set is done once per side</source>
        <translation>Cada serie se hace una vez por lado</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Each set is done once per direction</source>
        <translation>Cada serie se hace una vez por dirección</translation>
    </message>
    <message>
        <source>Custom directions</source>
        <translation>Direcciones propias</translation>
    </message>
    <message>
        <source>Directions, separated by commas</source>
        <translation>Direcciones, separadas por comas</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>How many sets</source>
        <translation>Cuántas series</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Held, counted in reps, timed, or at own pace</source>
        <translation>Mantenido, por repeticiones, por tiempo o a tu ritmo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>How long each hold lasts</source>
        <translation>Cuánto dura cada mantenimiento</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Segundos por repetición</translation>
    </message>
    <message>
        <source>The tempo the reps are counted at</source>
        <translation>El ritmo al que se cuentan las repeticiones</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How long each set lasts</source>
        <translation>Cuánto dura cada serie</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Rest after each set but the last</source>
        <translation>Descanso tras cada serie salvo la última</translation>
    </message>
    <message>
        <source>Switch time</source>
        <translation>Tiempo de cambio</translation>
    </message>
    <message>
        <source>Time to change sides or directions</source>
        <translation>Tiempo para cambiar de lado o de dirección</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Instr&amp;uctions</source>
        <translation>I&amp;nstrucciones</translation>
    </message>
    <message>
        <source>Illus&amp;tration</source>
        <translation>I&amp;lustración</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>L&amp;ados</translation>
    </message>
    <message>
        <source>Dir&amp;ections</source>
        <translation>Dire&amp;cciones</translation>
    </message>
    <message>
        <source>Cust&amp;om directions</source>
        <translation>&amp;Direcciones propias</translation>
    </message>
    <message>
        <source>Set&amp;s</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>&amp;How it is done</source>
        <translation>Cómo se &amp;hace</translation>
    </message>
    <message>
        <source>Hold &amp;for</source>
        <translation>&amp;Mantener durante</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation>Repe&amp;ticiones</translation>
    </message>
    <message>
        <source>Seconds pe&amp;r rep</source>
        <translation>Se&amp;gundos por repetición</translation>
    </message>
    <message>
        <source>S&amp;witch time</source>
        <translation>Tiempo de cam&amp;bio</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Ejercicio {number}</translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation>Sin ilustración</translation>
    </message>
    <message>
        <source>Choose image file…</source>
        <translation>Elegir archivo de imagen…</translation>
    </message>
</context>
<context>
    <name>ui.editor.images</name>
    <message>
        <source>{file}: larger than {size}</source>
        <translation>{file}: ocupa más de {size}</translation>
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
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>The language of the texts shown and edited. Numbers, sides, pictures and tags are the same in every language.</source>
        <translation>El idioma de los textos que ves y editas. Los números, los lados, las imágenes y las etiquetas son los mismos en todos los idiomas.</translation>
    </message>
    <message>
        <source>The routine&apos;s own texts, in English.</source>
        <extracomment>What the language shown means: laid out by the editor, across the form&apos;s width.</extracomment>
        <translation>Los textos propios de la rutina, en inglés.</translation>
    </message>
    <message>
        <source>Empty fields use the English. Numbers, sides and pictures are shared.</source>
        <translation>Los campos vacíos usan el texto en inglés. Los números, los lados y las imágenes son comunes.</translation>
    </message>
</context>
<context>
    <name>ui.editor.layout</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The routine&apos;s name, as the library lists it</source>
        <translation>El nombre de la rutina, tal como aparece en la biblioteca</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What the routine is for, shown before it starts</source>
        <translation>Para qué sirve la rutina; se muestra antes de empezar</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Tiempo de preparación</translation>
    </message>
    <message>
        <source>Get-ready time before the first exercise</source>
        <translation>Tiempo para prepararse antes del primer ejercicio</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Rest before each next exercise</source>
        <translation>Descanso antes de cada ejercicio siguiente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find the routine by, separated by commas</source>
        <translation>Palabras para encontrar la rutina, separadas por comas</translation>
    </message>
    <message>
        <source>Plan preview</source>
        <translation>Vista previa del plan</translation>
    </message>
    <message>
        <source>Each step of the routine and what is said</source>
        <translation>Cada paso de la rutina y lo que se dice</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshace el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Rehace el cambio deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Run the routine as it is now, without saving it</source>
        <translation>Ejecuta la rutina tal como está ahora, sin guardarla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Guarda la rutina (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the editor (Esc)</source>
        <translation>Cierra el editor (Esc)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ítulo</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>R&amp;esumen</translation>
    </message>
    <message>
        <source>&amp;Lead-in</source>
        <translation>Tiempo de preparaci&amp;ón</translation>
    </message>
    <message>
        <source>Rest between e&amp;xercises</source>
        <translation>Descanso entre e&amp;jercicios</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Et&amp;iquetas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Plan pre&amp;view</source>
        <translation>&amp;Vista previa del plan</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>P&amp;roblemas</translation>
    </message>
</context>
<context>
    <name>ui.editor.list_edits</name>
    <message>
        <source>Exercise {number}</source>
        <translation>Ejercicio {number}</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Duplicar ejercicio</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Quitar ejercicio</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Mover ejercicio</translation>
    </message>
</context>
<context>
    <name>ui.editor.preview</name>
    <message>
        <source>Fix the problems below to see the plan.</source>
        <extracomment>What the preview says while the routine breaks a rule.</extracomment>
        <translation>Corrige los problemas de abajo para ver el plan.</translation>
    </message>
</context>
<context>
    <name>ui.editor.problems</name>
    <message>
        <source>No problems: the routine can be saved.</source>
        <extracomment>The list item of the lead-in warning carries this instead of a Problem. The list&apos;s only line while nothing is wrong (translated where it is shown: no_problems()).</extracomment>
        <translation>Sin problemas: la rutina se puede guardar.</translation>
    </message>
    <message>
        <source>Warning – Lead-in: {lead_in} s is too short for the get-ready to say what comes first and count down from 3; it needs {needed} s.</source>
        <translation>Aviso – Tiempo de preparación: {lead_in} s no bastan para anunciar lo primero y contar hacia atrás desde 3; hacen falta {needed} s.</translation>
    </message>
    <message>
        <source>Error: {problems}</source>
        <translation>Error: {problems}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>What must be fixed before saving; Enter goes there</source>
        <translation>Lo que hay que corregir antes de guardar; Intro lleva hasta ahí</translation>
    </message>
    <message>
        <source>Use the lead-in needed</source>
        <translation>Usar el tiempo de preparación necesario</translation>
    </message>
    <message>
        <source>The problem found last</source>
        <extracomment>What was wrong at the last check, by field: a field is announced when it goes wrong. The last announcement as a label&apos;s text and name, for readers that follow text changes rather than announcement events; kept out of sight.</extracomment>
        <translation>El último problema encontrado</translation>
    </message>
    <message>
        <source>Use a {needed} s lead-in</source>
        <translation>Usar {needed} s de preparación</translation>
    </message>
    <message>
        <source>Use a lead-in of {needed} seconds</source>
        <translation>Usar un tiempo de preparación de {needed} segundos</translation>
    </message>
    <message>
        <source>Set the lead-in to {needed} s</source>
        <translation>Pone el tiempo de preparación en {needed} s</translation>
    </message>
</context>
<context>
    <name>ui.editor.undo</name>
    <message>
        <source>Change title</source>
        <extracomment>The undo step of a change of each field (of the routine, or of the chosen exercise), as Edit &gt; Undo and a screen reader name it: whole phrases, so each language words its own.</extracomment>
        <translation>Cambiar título</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>Cambiar resumen</translation>
    </message>
    <message>
        <source>Change lead-in</source>
        <translation>Cambiar tiempo de preparación</translation>
    </message>
    <message>
        <source>Change rest between exercises</source>
        <translation>Cambiar descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Cambiar etiquetas</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>Cambiar instrucciones</translation>
    </message>
    <message>
        <source>Change custom cue</source>
        <translation>Cambiar indicación propia</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Cambiar lados</translation>
    </message>
    <message>
        <source>Change directions</source>
        <translation>Cambiar direcciones</translation>
    </message>
    <message>
        <source>Change how it is done</source>
        <translation>Cambiar cómo se hace</translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation>Cambiar series</translation>
    </message>
    <message>
        <source>Change hold</source>
        <translation>Cambiar tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>Change reps</source>
        <translation>Cambiar repeticiones</translation>
    </message>
    <message>
        <source>Change seconds per rep</source>
        <translation>Cambiar segundos por repetición</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <source>Change rest between sets</source>
        <translation>Cambiar descanso entre series</translation>
    </message>
    <message>
        <source>Change switch time</source>
        <translation>Cambiar tiempo de cambio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>ui.editor.window</name>
    <message>
        <source>New routine[*]</source>
        <extracomment>What undo reads to merge quick typing into one step (a FakeClock in tests). The form as last saved, or as opened: closing an untouched editor loses nothing. The lead-in the get-ready needs, when the routine&apos;s is too short for it.</extracomment>
        <translation>Nueva rutina[*]</translation>
    </message>
    <message>
        <source>Edit routine[*]</source>
        <translation>Editar rutina[*]</translation>
    </message>
    <message>
        <source>after-run, stretch</source>
        <translation>después-de-correr, estiramiento</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Change illustration</source>
        <translation>Cambiar ilustración</translation>
    </message>
    <message>
        <source>{file} {problem}; not used.</source>
        <translation>{file} {problem}; no se usa.</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Elegir archivo de imagen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>{title}[*] — Routine editor</source>
        <translation>{title}[*] — Editor de rutinas</translation>
    </message>
    <message>
        <source>Not saved: fix the problems first.</source>
        <translation>No se ha guardado: corrige primero los problemas.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>No se ha guardado: {problems}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Guardada como {path}</translation>
    </message>
</context>
<context>
    <name>ui.guidance.dock_title</name>
    <message>
        <source>Detach the sidebar into a window of its own</source>
        <translation>Separar el panel lateral en una ventana propia</translation>
    </message>
    <message>
        <source>Close the sidebar (View menu opens it again)</source>
        <translation>Cerrar el panel lateral (se vuelve a abrir desde el menú Ver)</translation>
    </message>
    <message>
        <source>Detach {title}</source>
        <translation>Separar {title}</translation>
    </message>
    <message>
        <source>Close {title}</source>
        <translation>Cerrar {title}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Consejos</translation>
    </message>
</context>
<context>
    <name>ui.guidance.ice</name>
    <message>
        <source>Ice off.</source>
        <extracomment>The countdown&apos;s size, relative to the app font. The words shown when the timer ends: as large as the countdown they replace, to be read by someone lying down with the foot up, a couple of metres from the screen. What the end shows that large; the whole sentence (&quot;20 minutes are up. …&quot;) is under it.</extracomment>
        <translation>Quita el hielo.</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Makes the cue player that says the end: the session&apos;s player, with the user&apos;s voice and sound (voice, beeps or mute) as they are when it is made; its parent is the ice box.</extracomment>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the ice timer</source>
        <translation>Iniciar el temporizador de hielo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the ice timer</source>
        <translation>Pausar el temporizador de hielo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the ice timer</source>
        <translation>Reanudar el temporizador de hielo</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start the ice timer again</source>
        <translation>Volver a iniciar el temporizador de hielo</translation>
    </message>
    <message>
        <source>{minutes} minutes (the article recommends at least 20; the timer stops there, the app&apos;s caution).</source>
        <translation>{minutes} minutos (el artículo recomienda al menos 20; por prudencia, el temporizador se detiene ahí).</translation>
    </message>
    <message>
        <source>{seconds} seconds (the article recommends at least 20 minutes; the timer stops there, the app&apos;s caution).</source>
        <translation>{seconds} segundos (el artículo recomienda al menos 20 minutos; por prudencia, el temporizador se detiene ahí).</translation>
    </message>
    <message>
        <source>Wrap the ice; never put it directly on the skin. Take it off sooner if the skin goes numb, white or starts to hurt.</source>
        <translation>Envuelve el hielo; nunca lo pongas directamente sobre la piel. Quítalo antes si la piel se adormece, se pone blanca o empieza a doler.</translation>
    </message>
    <message>
        <source>Ice timer</source>
        <extracomment>Why the end was not heard (no voice, no audio output), once known.</extracomment>
        <translation>Temporizador de hielo</translation>
    </message>
    <message>
        <source>Ice time left</source>
        <translation>Tiempo de hielo restante</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the ice timer</source>
        <translation>Reiniciar el temporizador de hielo</translation>
    </message>
    <message>
        <source>Icing…</source>
        <translation>Aplicando hielo…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>{words} No voice: the system beep sounded instead.</source>
        <translation>{words} Sin voz: en su lugar sonó el pitido del sistema.</translation>
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
        <translation>Médico</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>Guidance: PRICE, when to see a doctor, causes</source>
        <extracomment>The panel&apos;s Tab stops in Tab order (its buttons and headings and paragraphs): TabStops finds the ones next to the focus here, never in Qt&apos;s widgets.</extracomment>
        <translation>Consejos: PRICE, cuándo consultar a un médico, causas</translation>
    </message>
    <message>
        <source>Open routine:
{routine}</source>
        <translation>Abrir rutina:
{routine}</translation>
    </message>
    <message>
        <source>Open the routine {routine}</source>
        <translation>Abrir la rutina «{routine}»</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Ir a:</translation>
    </message>
    <message>
        <source>Go to {section}</source>
        <translation>Ir a {section}</translation>
    </message>
    <message>
        <source>The guidance could not be loaded.</source>
        <translation>No se han podido cargar los consejos.</translation>
    </message>
    <message>
        <source>See: {section}</source>
        <translation>Ver: {section}</translation>
    </message>
    <message>
        <source>Ankle Coach does not replace a clinician.</source>
        <translation>Ankle Coach no sustituye a un profesional sanitario.</translation>
    </message>
</context>
<context>
    <name>ui.handout.sheet</name>
    <message>
        <source>no printer was chosen, and no file to print to</source>
        <extracomment>Fewer lines, to keep the notes on the page of the last exercise. Dots per inch of the PDF&apos;s coordinates; text and drawings stay vectors whatever it is. Marks advice that is Ankle Coach&apos;s own, not the article&apos;s (explained under each box).</extracomment>
        <translation>no se ha elegido ninguna impresora ni ningún archivo en el que imprimir</translation>
    </message>
    <message>
        <source>the printer “{name}” reported an error; the handout may not have printed</source>
        <translation>la impresora «{name}» ha informado de un error; puede que la hoja de ejercicios no se haya impreso</translation>
    </message>
    <message>
        <source>the printer reported an error; the handout may not have printed</source>
        <translation>la impresora ha informado de un error; puede que la hoja de ejercicios no se haya impreso</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>no se pudo iniciar la impresora</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo empezar el PDF</translation>
    </message>
    <message>
        <source>the printer could not start page {number}</source>
        <translation>la impresora no pudo empezar la página {number}</translation>
    </message>
    <message>
        <source>the PDF could not start page {number}</source>
        <translation>no se pudo empezar la página {number} del PDF</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Tus ejercicios</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
    <message>
        <source>ANKLE COACH · YOUR EXERCISE ROUTINE</source>
        <translation>ANKLE COACH · TU RUTINA DE EJERCICIOS</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Notes from your physiotherapist</source>
        <translation>Notas de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <source>{mark} Ankle Coach&apos;s own cautious advice, beyond the article it is based on.</source>
        <translation>{mark} Consejo prudente del propio Ankle Coach, más allá del artículo en el que se basa.</translation>
    </message>
    <message>
        <source>The exercises and the advice on this sheet come from the article “{article}”; what Ankle Coach adds is marked {mark}.</source>
        <translation>Los ejercicios y los consejos de esta hoja proceden del artículo «{article}»; lo que añade Ankle Coach está marcado con {mark}.</translation>
    </message>
    <message>
        <source>Total time: {time} plus the steps at your own pace</source>
        <translation>Duración total: {time} más los pasos a tu ritmo</translation>
    </message>
    <message>
        <source>Total time: {time}</source>
        <translation>Duración total: {time}</translation>
    </message>
    <message>
        <source>{count} exercise</source>
        <translation>{count} ejercicio</translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation>{count} ejercicios</translation>
    </message>
    <message>
        <source>{time} rest between</source>
        <translation>{time} de descanso entre ejercicios</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>unos {time}</translation>
    </message>
</context>
<context>
    <name>ui.help</name>
    <message>
        <source>Ankle Coach does not replace a clinician. It does not diagnose. If your ankle pain does not go away, gets worse, or follows an injury, see a podiatrist or an orthopaedic sports-medicine physician.</source>
        <extracomment>The About box&apos;s caution, in more words than the overview&apos;s (core/guidance.py DISCLAIMER).</extracomment>
        <translation>Ankle Coach no sustituye a un profesional sanitario ni hace diagnósticos. Si el dolor de tobillo no se va, empeora o aparece tras una lesión, consulta a un médico: un podólogo o un especialista en medicina deportiva y traumatología.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>About Ankle Coach</source>
        <translation>Acerca de Ankle Coach</translation>
    </message>
    <message>
        <source>Guided stretch and warm-up routines for runners with ankle pain after running, based on the article “Ankle Pain After Running – Top Causes”.</source>
        <translation>Rutinas guiadas de estiramiento y calentamiento para corredores con dolor de tobillo después de correr, basadas en el artículo «Ankle Pain After Running – Top Causes».</translation>
    </message>
</context>
<context>
    <name>ui.history.calendar</name>
    <message>
        <source>Calendar of the last {weeks} weeks, since {first}: sessions on {active} of {span} days. Current streak {current}; longest {longest}.</source>
        <translation>Calendario de las últimas {weeks} semanas, desde el {first}: sesiones en {active} de {span} días. Racha actual {current}; la más larga {longest}.</translation>
    </message>
    <message>
        <source>no session</source>
        <extracomment>The weekdays named beside the calendar&apos;s rows (0 is Monday).</extracomment>
        <translation>ninguna sesión</translation>
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
        <translation>Sesiones por semana: no hay semanas que mostrar.</translation>
    </message>
    <message>
        <source>Sessions per week, {count} weeks from the week of {first} to the week of {last}:</source>
        <translation>Sesiones por semana, {count} semanas, de la semana del {first} a la semana del {last}:</translation>
    </message>
    <message>
        <source>no sessions.</source>
        <translation>ninguna sesión.</translation>
    </message>
    <message>
        <source>In all {sessions}, {average} a week on average; the most was {most}, in the week of {busiest}.</source>
        <translation>En total {sessions}, {average} por semana de media; el máximo fue {most}, en la semana del {busiest}.</translation>
    </message>
    <message>
        <source>{weeks} without a session.</source>
        <translation>{weeks} sin sesiones.</translation>
    </message>
    <message>
        <source>A session every week.</source>
        <translation>Una sesión cada semana.</translation>
    </message>
    <message>
        <source>Pain ratings from 0 to 10, the last {weeks} weeks:</source>
        <translation>Valoraciones del dolor de 0 a 10, las últimas {weeks} semanas:</translation>
    </message>
    <message>
        <source>no ratings.</source>
        <translation>ninguna valoración.</translation>
    </message>
    <message>
        <source>Before sessions</source>
        <translation>Antes de las sesiones</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Después de las sesiones</translation>
    </message>
    <message>
        <source>On their own</source>
        <translation>Por separado</translation>
    </message>
    <message>
        <source>{group}: average {average}, from {low} to {high}; the latest {latest}, on {day}.</source>
        <translation>{group}: media {average}, de {low} a {high}; la última {latest}, el {day}.</translation>
    </message>
    <message>
        <source>{ratings} of 7 or more.</source>
        <translation>{ratings} de 7 o más.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>7+: see a doctor</source>
        <translation>7+: consulta a un médico</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Check-in only</source>
        <translation>Solo registro</translation>
    </message>
    <message>
        <source>Week of {day}: {count}</source>
        <translation>Semana del {day}: {count}</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>antes de una sesión</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>después de una sesión</translation>
    </message>
    <message>
        <source>on its own</source>
        <translation>por separado</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>How much of the routine was done</source>
        <translation>Cuánto de la rutina se hizo</translation>
    </message>
    <message>
        <source>Pain from 0 to 10: before the session → after it</source>
        <translation>Dolor de 0 a 10: antes de la sesión → después</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Registro del dolor</translation>
    </message>
    <message>
        <source>Warning signs: {signs}</source>
        <translation>Señales de alarma: {signs}</translation>
    </message>
    <message>
        <source>Completed: {exercises}</source>
        <translation>Completados: {exercises}</translation>
    </message>
    <message>
        <source>No exercise completed.</source>
        <translation>Ningún ejercicio completado.</translation>
    </message>
    <message>
        <source>When: {time}</source>
        <translation>Cuándo: {time}</translation>
    </message>
    <message>
        <source>Pain check-in, no routine</source>
        <translation>Registro del dolor, sin rutina</translation>
    </message>
    <message>
        <source>Routine: {title}</source>
        <translation>Rutina: {title}</translation>
    </message>
    <message>
        <source>Done: no session</source>
        <translation>Hecho: ninguna sesión</translation>
    </message>
    <message>
        <source>Done: {outcome}</source>
        <translation>Hecho: {outcome}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Pain: {rating}</source>
        <translation>Dolor: {rating}</translation>
    </message>
    <message>
        <source>Pain before: {before}, after: {after}</source>
        <translation>Dolor antes: {before}, después: {after}</translation>
    </message>
</context>
<context>
    <name>ui.history.plan</name>
    <message>
        <source>✓ done</source>
        <extracomment>How each planned session is marked, in words a screen reader says too.</extracomment>
        <translation>✓ hecha</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ perdida</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>When your plan started could not be saved ({reason}).</source>
        <translation>No se ha podido guardar cuándo empezó tu plan ({reason}).</translation>
    </message>
    <message>
        <source>Your plan this week</source>
        <translation>Tu plan de esta semana</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>No hay nada planificado esta semana.</translation>
    </message>
    <message>
        <source>{day} {time}, {title}: {status}</source>
        <translation>{day} {time}, {title}: {status}</translation>
    </message>
    <message>
        <source>No weekly plan yet. View → Plan my week… (or `ankle-coach schedule add`) sets reminders; they are shown here against what you did.</source>
        <translation>Aún no hay plan semanal. Ver → Planificar mi semana… (o `ankle-coach schedule add`) crea recordatorios; aquí se comparan con lo que has hecho.</translation>
    </message>
    <message>
        <source>A planned day is done by a session that counts on that day.</source>
        <translation>Un día planificado se cumple con una sesión que cuente ese día.</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: nothing planned yet</source>
        <translation>Últimas {weeks} semanas: aún no hay nada planificado</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {done} of {planned} planned session done ({percent} %)</source>
        <translation>Últimas {weeks} semanas: {done} de {planned} sesión planificada hecha ({percent} %)</translation>
    </message>
    <message>
        <source>Last {weeks} weeks: {done} of {planned} planned sessions done ({percent} %)</source>
        <translation>Últimas {weeks} semanas: {done} de {planned} sesiones planificadas hechas ({percent} %)</translation>
    </message>
</context>
<context>
    <name>ui.history.view</name>
    <message>
        <source>Last 4 weeks</source>
        <extracomment>The weeks the charts can show, as (weeks, words); the second is the default.</extracomment>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Weeks shown in the charts</source>
        <translation>Semanas que muestran los gráficos</translation>
    </message>
    <message>
        <source>Show as &amp;text</source>
        <translation>Mostrar como &amp;texto</translation>
    </message>
    <message>
        <source>Show the charts as text and numbers</source>
        <translation>Muestra los gráficos como texto y números</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every session and check-in as a spreadsheet file, for example for a doctor</source>
        <translation>Guarda todas las sesiones y registros en una hoja de cálculo, por ejemplo para el médico</translation>
    </message>
    <message>
        <source>Pain check-ins before and after sessions are off, so the see-a-doctor advice below only knows the check-ins you made before. Turn them back on to keep it up to date.</source>
        <translation>Los registros del dolor antes y después de las sesiones están desactivados, así que el consejo de consultar a un médico solo conoce los registros que hiciste antes. Vuelve a activarlos para mantenerlo al día.</translation>
    </message>
    <message>
        <source>Turn check-ins on</source>
        <translation>Activar los registros</translation>
    </message>
    <message>
        <source>Ask how your ankle feels before and after each session again</source>
        <translation>Volver a preguntar cómo está tu tobillo antes y después de cada sesión</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>sessions in all</source>
        <translation>sesiones en total</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>racha actual</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>racha más larga</translation>
    </message>
    <message>
        <source>Chart: sessions per week</source>
        <translation>Gráfico: sesiones por semana</translation>
    </message>
    <message>
        <source>Chart: pain ratings</source>
        <translation>Gráfico: valoraciones del dolor</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Pain, 0 to 10</source>
        <translation>Dolor, de 0 a 10</translation>
    </message>
    <message>
        <source>dashed line: 7, see a doctor</source>
        <translation>línea discontinua: 7, consulta a un médico</translation>
    </message>
    <message>
        <source>Sessions per week, as text</source>
        <translation>Sesiones por semana, como texto</translation>
    </message>
    <message>
        <source>Pain ratings, as text</source>
        <translation>Valoraciones del dolor, como texto</translation>
    </message>
    <message>
        <source>Sessions and check-ins</source>
        <translation>Sesiones y registros</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eliminar entrada…</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Eliminar todo…</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Página del historial</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>The history could not be exported to {path}: {reason}.</source>
        <translation>No se ha podido exportar el historial a {path}: {reason}.</translation>
    </message>
    <message>
        <source>The planned sessions could not be exported to {path}: {reason}.</source>
        <translation>No se han podido exportar las sesiones planificadas a {path}: {reason}.</translation>
    </message>
    <message>
        <source>{planned} to {path}.</source>
        <translation>{planned} a {path}.</translation>
    </message>
    <message>
        <source>Exported {sessions} and {check_ins} to {path}.</source>
        <translation>Se han exportado {sessions} y {check_ins} a {path}.</translation>
    </message>
    <message>
        <source>Delete the session “{title}” of {time} and its check-ins? This cannot be undone.</source>
        <translation>¿Eliminar la sesión «{title}» del {time} y sus registros? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete the session “{title}” of {time}? This cannot be undone.</source>
        <translation>¿Eliminar la sesión «{title}» del {time}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete the pain check-in of {time}? This cannot be undone.</source>
        <translation>¿Eliminar el registro del dolor del {time}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>Se ha eliminado la entrada.</translation>
    </message>
    <message>
        <source>Delete all {sessions} and {check_ins}? This cannot be undone. Export them first if you may want them, for example for a doctor.</source>
        <translation>¿Eliminarlo todo: {sessions} y {check_ins}? No se puede deshacer. Exporta antes el historial si puedes necesitarlo, por ejemplo para el médico.</translation>
    </message>
    <message>
        <source>Delete the whole history?</source>
        <translation>¿Eliminar todo el historial?</translation>
    </message>
    <message>
        <source>The history was deleted.</source>
        <translation>Se ha eliminado el historial.</translation>
    </message>
    <message>
        <source>This week: {sessions}</source>
        <translation>Esta semana: {sessions}</translation>
    </message>
    <message>
        <source>All sessions: {sessions}; check-ins: {check_ins}</source>
        <translation>Todas las sesiones: {sessions}; registros: {check_ins}</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendario de sesiones</translation>
    </message>
    <message>
        <source>Sessions and check-ins ({count})</source>
        <translation>Sesiones y registros ({count})</translation>
    </message>
</context>
<context>
    <name>ui.history.words</name>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>{n} session</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>{n} check-in</source>
        <translation>{n} registro</translation>
    </message>
    <message>
        <source>{n} check-ins</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>{n} planned session</source>
        <translation>{n} sesión planificada</translation>
    </message>
    <message>
        <source>{n} planned sessions</source>
        <translation>{n} sesiones planificadas</translation>
    </message>
    <message>
        <source>{n} week</source>
        <translation>{n} semana</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} semanas</translation>
    </message>
    <message>
        <source>{n} rating</source>
        <translation>{n} valoración</translation>
    </message>
    <message>
        <source>{n} ratings</source>
        <translation>{n} valoraciones</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
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
        <translation>Incluidas</translation>
    </message>
    <message>
        <source>My routines</source>
        <translation>Mis rutinas</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>Archivos abiertos</translation>
    </message>
    <message>
        <source>{name} could not be loaded</source>
        <translation>No se pudo cargar {name}</translation>
    </message>
    <message>
        <source>{name} could not be loaded: {problem}</source>
        <translation>No se pudo cargar {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.library.overview</name>
    <message>
        <source>Illustration: {name}</source>
        <extracomment>The routine&apos;s title, relative to body text: the largest text of the page. Start moves under the title when the title would have room for fewer letters a line than this beside it (at its full size).</extracomment>
        <translation>Ilustración: {name}</translation>
    </message>
    <message>
        <source>Said as each set starts: {cue}</source>
        <translation>Se dice al empezar cada serie: {cue}</translation>
    </message>
    <message>
        <source>No illustration: {reason}</source>
        <translation>Sin ilustración: {reason}</translation>
    </message>
    <message>
        <source>Chosen routine</source>
        <translation>Rutina elegida</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Start the routine ({keys})</source>
        <translation>Empezar la rutina ({keys})</translation>
    </message>
    <message>
        <source>Chosen routine: {title}</source>
        <translation>Rutina elegida: {title}</translation>
    </message>
    <message>
        <source>{time} in all</source>
        <translation>{time} en total</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation>{count} ejercicios</translation>
    </message>
    <message>
        <source>Routine file that could not be loaded</source>
        <translation>Archivo de rutina que no se pudo cargar</translation>
    </message>
    <message>
        <source>Fix the file in a text editor and choose Reload (F5), or check it with `ankle-coach validate FILE`. The other routines are not affected.</source>
        <translation>Corrige el archivo en un editor de texto y elige «Recargar rutinas» (F5), o compruébalo con `ankle-coach validate ARCHIVO`. Las demás rutinas no se ven afectadas.</translation>
    </message>
    <message>
        <source>This routine file could not be loaded</source>
        <translation>No se pudo cargar este archivo de rutina</translation>
    </message>
</context>
<context>
    <name>ui.library.view</name>
    <message>
        <source>Files with problems</source>
        <translation>Archivos con problemas</translation>
    </message>
    <message>
        <source>Search routines</source>
        <extracomment>A tooltip&apos;s lines are at most this many characters. The routine list is never wider than this share of its window.</extracomment>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>Routine library</source>
        <translation>Biblioteca de rutinas</translation>
    </message>
    <message>
        <source>Search routines ({keys})</source>
        <translation>Buscar rutinas ({keys})</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <source>Presenter &amp;display</source>
        <extracomment>With staged building, the longest the second step waits for the window&apos;s first picture.</extracomment>
        <translation>&amp;Pantalla de presentación</translation>
    </message>
    <message>
        <source>Settings were reset</source>
        <translation>Se restablecieron los ajustes</translation>
    </message>
    <message>
        <source>Your history was set aside</source>
        <translation>Tu historial se ha apartado</translation>
    </message>
    <message>
        <source>Your history cannot be saved now</source>
        <translation>Ahora no se puede guardar tu historial</translation>
    </message>
    <message>
        <source>1 routine file could not be loaded: see “Files with problems” in the list.</source>
        <translation>No se pudo cargar 1 archivo de rutina: mira «Archivos con problemas» en la lista.</translation>
    </message>
    <message>
        <source>{count} routine files could not be loaded: see “Files with problems” in the list.</source>
        <translation>No se pudieron cargar {count} archivos de rutina: mira «Archivos con problemas» en la lista.</translation>
    </message>
    <message>
        <source>Open routine file</source>
        <translation>Abrir archivo de rutina</translation>
    </message>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Archivos de rutina (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No routine called {id} in the library.</source>
        <translation>No hay ninguna rutina llamada {id} en la biblioteca.</translation>
    </message>
    <message>
        <source>Ice: {said}</source>
        <translation>Hielo: {said}</translation>
    </message>
    <message>
        <source>Saved to My routines: {name}</source>
        <translation>Guardada en Mis rutinas: {name}</translation>
    </message>
    <message>
        <source>Voice off.</source>
        <translation>Voz apagada.</translation>
    </message>
    <message>
        <source>Voice on.</source>
        <translation>Voz encendida.</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation>No se pudieron guardar los ajustes: {reason}</translation>
    </message>
    <message>
        <source>Check-ins are on: you will be asked before and after each session.</source>
        <translation>El registro del dolor está activado: se te preguntará antes y después de cada sesión.</translation>
    </message>
    <message>
        <source>The window’s place could not be saved: {reason}</source>
        <translation>No se pudo guardar la posición de la ventana: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.menus</name>
    <message>
        <source>&amp;Guidance sidebar</source>
        <translation>Panel lateral de &amp;consejos</translation>
    </message>
</context>
<context>
    <name>ui.reminders.notifier</name>
    <message>
        <source>Start</source>
        <extracomment>The actions offered on a reminder, as (key, label) pairs; the keys are the service&apos;s (never translated), the labels are marked in the context &quot;ui.reminders.notifier&quot;.</extracomment>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <source>the session bus closed ({reason})</source>
        <extracomment>How long a call to the notification service may take before the tray&apos;s message is used.</extracomment>
        <translation>se cerró el bus de sesión ({reason})</translation>
    </message>
    <message>
        <source>the notification service did not answer</source>
        <translation>el servicio de notificaciones no respondió</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>un error</translation>
    </message>
    <message>
        <source>the notification service said: {said}</source>
        <translation>el servicio de notificaciones dijo: {said}</translation>
    </message>
</context>
<context>
    <name>ui.reminders.plan_dialog</name>
    <message>
        <source>Time</source>
        <extracomment>What the dialog calls each field of a reminder in its messages.</extracomment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Plan my week</source>
        <extracomment>Saves a plan; returns None, or why it could not be saved (the plan is then not changed).</extracomment>
        <translation>Planificar mi semana</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Every day</source>
        <translation>&amp;Todos los días</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 18:30</source>
        <translation>HH:MM, p. ej. 18:30</translation>
    </message>
    <message>
        <source>Time, 24-hour</source>
        <translation>Hora (formato 24 horas)</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Recordármelo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>There are no routines in the library to plan.</source>
        <translation>No hay rutinas en la biblioteca para planificar.</translation>
    </message>
    <message>
        <source>That reminder is already in your plan.</source>
        <translation>Ese recordatorio ya está en tu plan.</translation>
    </message>
    <message>
        <source>Added: {reminder}.</source>
        <translation>Añadido: {reminder}.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <source>Choose a reminder in the list to change.</source>
        <translation>Elige en la lista el recordatorio que quieres cambiar.</translation>
    </message>
    <message>
        <source>Changed: {reminder}.</source>
        <translation>Cambiado: {reminder}.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Cambiado.</translation>
    </message>
    <message>
        <source>Choose a reminder in the list to remove.</source>
        <translation>Elige en la lista el recordatorio que quieres quitar.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Quitado.</translation>
    </message>
    <message>
        <source>Routine: choose a routine.</source>
        <translation>Rutina: elige una rutina.</translation>
    </message>
    <message>
        <source>Days: choose at least one day.</source>
        <translation>Días: elige al menos un día.</translation>
    </message>
    <message>
        <source>Time: type the time of day, on the 24-hour clock, e.g. 18:30.</source>
        <translation>Hora: escribe la hora en formato de 24 horas, p. ej. 18:30.</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>{title}: {plan}</source>
        <translation>{title}: {plan}</translation>
    </message>
    <message>
        <source>{title}: {plan} (off)</source>
        <translation>{title}: {plan} (desactivado)</translation>
    </message>
    <message>
        <source>{title}: {plan} (ended on {date})</source>
        <translation>{title}: {plan} (terminó el {date})</translation>
    </message>
    <message>
        <source>{title}: {plan} (until {date})</source>
        <translation>{title}: {plan} (hasta el {date})</translation>
    </message>
    <message>
        <source>{title}: {plan} (until {date}) (off)</source>
        <translation>{title}: {plan} (hasta el {date}) (desactivado)</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>R&amp;utina:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Ankle Coach reminds you of a routine on the days and at the time you choose, while it runs (in the tray when the window is closed).</source>
        <translation>Ankle Coach te recuerda una rutina los días y a la hora que elijas, mientras está abierto (en la bandeja del sistema cuando la ventana está cerrada).</translation>
    </message>
    <message>
        <source>{id} (not in the library)</source>
        <translation>{id} (no está en la biblioteca)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ui.reminders.service</name>
    <message>
        <source>Ankle Coach is still running</source>
        <extracomment>Makes the notifier once a reminder is first due: (on_action, parent) -&gt; Notifier or None. A file whose presence says the user was told that closing the window keeps the tray icon. How long after the plan&apos;s file changes it is read again (a burst of changes, read once). What the tray icon says the first time the window is closed (marked in this module&apos;s context, translated when said).</extracomment>
        <translation>Ankle Coach sigue abierto</translation>
    </message>
    <message>
        <source>Your reminders will come from here. To stop them, choose Quit in this icon&apos;s menu (or switch the reminders off in Plan my week).</source>
        <translation>Tus recordatorios llegarán desde aquí. Para pararlos, elige «Salir» en el menú de este icono (o desactiva los recordatorios en «Planificar mi semana»).</translation>
    </message>
    <message>
        <source>&amp;Plan my week…</source>
        <translation>Planificar mi se&amp;mana…</translation>
    </message>
    <message>
        <source>Reminders of a routine on the days and at the time you choose</source>
        <translation>Recordatorios de una rutina los días y a la hora que elijas</translation>
    </message>
    <message>
        <source>Your weekly plan</source>
        <translation>Tu plan semanal</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <source>Starting at login is not available on this system in this version; see the README for how to add Ankle Coach to the programs started at login.</source>
        <translation>Iniciar al entrar en la sesión no está disponible en este sistema en esta versión; consulta el README para saber cómo añadir Ankle Coach a los programas que se inician al entrar.</translation>
    </message>
    <message>
        <source>{path} could not be changed: {reason}</source>
        <translation>No se pudo cambiar {path}: {reason}</translation>
    </message>
    <message>
        <source>Ankle Coach will start when you log in.</source>
        <translation>Ankle Coach se iniciará al entrar en la sesión.</translation>
    </message>
    <message>
        <source>Ankle Coach will no longer start when you log in.</source>
        <translation>Ankle Coach ya no se iniciará al entrar en la sesión.</translation>
    </message>
    <message>
        <source>A session is running: finish it first.</source>
        <translation>Hay una sesión en marcha: termínala primero.</translation>
    </message>
    <message>
        <source>Routine not found</source>
        <translation>Rutina no encontrada</translation>
    </message>
    <message>
        <source>The routine {id} of your weekly plan is not in the library any more. Change the reminder in Plan my week.</source>
        <translation>La rutina {id} de tu plan semanal ya no está en la biblioteca. Cambia el recordatorio en «Planificar mi semana».</translation>
    </message>
    <message>
        <source>Reminder snoozed: again at {time}.</source>
        <translation>Recordatorio pospuesto: de nuevo a las {time}.</translation>
    </message>
    <message>
        <source>{title}. {text}</source>
        <translation>{title}. {text}</translation>
    </message>
    <message>
        <source>A planned routine was missed</source>
        <translation>Te perdiste una rutina planificada</translation>
    </message>
    <message>
        <source>Planned routines were missed</source>
        <translation>Te perdiste rutinas planificadas</translation>
    </message>
    <message>
        <source>Start it now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>When reminders were last looked at could not be saved: {reason}</source>
        <translation>No se pudo guardar cuándo se revisaron los recordatorios por última vez: {reason}</translation>
    </message>
    <message>
        <source>Time for your {title}</source>
        <translation>Es la hora de tu rutina: {title}</translation>
    </message>
    <message>
        <source>Time for your {title}, {length}</source>
        <translation>Es la hora de tu rutina: {title}, {length}</translation>
    </message>
    <message>
        <source>Planned {plan}.</source>
        <translation>Planificada: {plan}.</translation>
    </message>
    <message>
        <source>Time for your {title}.</source>
        <translation>Es la hora de tu rutina: {title}.</translation>
    </message>
    <message>
        <source>Start it now?</source>
        <translation>¿Empezar ahora?</translation>
    </message>
    <message>
        <source>Next: {title}, {when}</source>
        <translation>Siguiente: {title}, {when}</translation>
    </message>
    <message>
        <source>Notifications: {reason}; using the tray.</source>
        <translation>Notificaciones: {reason}; se usa la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>ui.reminders.tray</name>
    <message>
        <source>No reminders planned</source>
        <translation>No hay recordatorios planificados</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Empezar ahora</translation>
    </message>
    <message>
        <source>&amp;Open Ankle Coach</source>
        <translation>&amp;Abrir Ankle Coach</translation>
    </message>
    <message>
        <source>&amp;Plan my week…</source>
        <translation>&amp;Planificar mi semana…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ui.session.announce</name>
    <message>
        <source>Announcements</source>
        <extracomment>Labels taken in turn (a cue comes right after a change of step: with one label, Orca would read the cue twice and the change never). How long after the view appears what was announced before is shown.</extracomment>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>ui.session.host</name>
    <message>
        <source>Preparing the voice: {done} of {total} cues</source>
        <extracomment>How long a chosen routine waits before its voice is prepared (see `routine_chosen`). A routine&apos;s title in the window title is cut to this many characters (taskbars show fewer). What the player was prepared for: the routine&apos;s file, the voice, the sound. The screen the presenter goes to, by name; None: another screen than the window&apos;s. &quot;No voice&quot; in the status bar&apos;s corner while there is none, its reason a click away. Where the images of routines tried unsaved are copied; removed with the window, or when the app ends. Called once a routine tried from the editor is over: the editor comes back.</extracomment>
        <translation>Preparando la voz: {done} de {total} avisos</translation>
    </message>
    <message>
        <source>Voice ready.</source>
        <translation>Voz lista.</translation>
    </message>
    <message>
        <source>No voice this time: click “No voice” at the bottom right to see why.</source>
        <translation>Esta vez no hay voz: haz clic en «Sin voz», abajo a la derecha, para ver por qué.</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <translation>Sin voz: {reason}</translation>
    </message>
    <message>
        <source>Not shown: {problems}</source>
        <translation>No se muestra: {problems}</translation>
    </message>
    <message>
        <source>The session starts when its voice is ready; Space starts it now.</source>
        <translation>La sesión empieza cuando la voz esté lista; pulsa Espacio para empezar ya.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>Stop this session and go back to the routine?</source>
        <translation>¿Detener esta sesión y volver a la rutina?</translation>
    </message>
    <message>
        <source>Preparing the voice… until it is ready, the cues are on screen only.</source>
        <translation>Preparando la voz… hasta que esté lista, las indicaciones solo aparecen en pantalla.</translation>
    </message>
    <message>
        <source>Complete · {title}</source>
        <translation>Completada · {title}</translation>
    </message>
    <message>
        <source>Paused · {title}</source>
        <translation>En pausa · {title}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps} · {title}</source>
        <translation>Rep. {rep} de {reps} · {title}</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Rutina completada. ¡Buen trabajo!</translation>
    </message>
</context>
<context>
    <name>ui.session.presenter</name>
    <message>
        <source>Ankle Coach — presenter</source>
        <extracomment>Presenter mode is black whatever the app&apos;s theme: the most contrast across a room.</extracomment>
        <translation>Ankle Coach: modo presentación</translation>
    </message>
    <message>
        <source>MUTED</source>
        <extracomment>The session waits for its voice (READY says so, not &quot;press Space&quot;); the host sets it.</extracomment>
        <translation>SILENCIADO</translation>
    </message>
    <message>
        <source>Muted: the voice is off</source>
        <translation>Silenciado: la voz está desactivada</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Then: {exercise}</source>
        <translation>Después: {exercise}</translation>
    </message>
</context>
<context>
    <name>ui.session.room</name>
    <message>
        <source>Show guidance ({shortcut})</source>
        <translation>Mostrar consejos ({shortcut})</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Mostrar consejos</translation>
    </message>
    <message>
        <source>The guidance sidebar is hidden during the session, for room</source>
        <translation>El panel lateral de consejos se oculta durante la sesión para dejar espacio</translation>
    </message>
</context>
<context>
    <name>ui.session.view</name>
    <message>
        <source>Session</source>
        <extracomment>The big number&apos;s digits stand at least this share of the view&apos;s height (the issue asks for a fifth; a little more leaves room for rounding and for a window a little taller than its view). Below this width the session view drops the illustration beside the countdown. The session view shows a line of instructions per this many pixels of its height (2 to 6). The last cue keeps the height of this many lines; a longer cue is set in smaller type... ...down to this share of the text size (then it takes more lines: it is never cut).</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Space pauses or resumes, Right skips, Left goes back, M mutes, Esc stops</source>
        <translation>Espacio pausa o reanuda, flecha derecha salta, flecha izquierda vuelve atrás, M silencia, Esc detiene</translation>
    </message>
    <message>
        <source>MUTED</source>
        <extracomment>The session waits for its voice (READY says so, not &quot;press Space&quot;); the host sets it.</extracomment>
        <translation>SILENCIADO</translation>
    </message>
    <message>
        <source>Muted: the voice is off</source>
        <translation>Silenciado: la voz está desactivada</translation>
    </message>
    <message>
        <source>The voice is off; cues are shown on screen only. M turns it on.</source>
        <translation>La voz está desactivada; los avisos solo se muestran en pantalla. M la vuelve a activar.</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
    <message>
        <source>The rep being counted, or the time left</source>
        <translation>La repetición en curso o el tiempo restante</translation>
    </message>
    <message>
        <source>Side, direction and set</source>
        <translation>Lado, sentido y serie</translation>
    </message>
    <message>
        <source>The last cue</source>
        <translation>El último aviso</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <extracomment>Shown when there is room for them, given way in this order when there is not.</extracomment>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>Sesión: {title}</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Ejercicio {number} de {count}</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>Then: {prescription}</source>
        <translation>Después: {prescription}</translation>
    </message>
    <message>
        <source>Next: {exercise}  ·  {details}</source>
        <translation>A continuación: {exercise}  ·  {details}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>{time} left in the routine</source>
        <translation>quedan {time} de rutina</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
</context>
<context>
    <name>ui.session.voice_status</name>
    <message>
        <source>No voice</source>
        <translation>Sin voz</translation>
    </message>
    <message>
        <source>No voice: why</source>
        <translation>Sin voz: por qué</translation>
    </message>
    <message>
        <source>No voice: {reason}</source>
        <extracomment>The notice last opened (kept for tests to read).</extracomment>
        <translation>Sin voz: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.session.words</name>
    <message>
        <source>{time_left} in this hold</source>
        <extracomment>How a screen reader says the time left in each kind of step: &quot;17 seconds left in this hold&quot; (a whole sentence per kind, so each language words it its own way).</extracomment>
        <translation>{time_left} de mantenimiento</translation>
    </message>
    <message>
        <source>{time_left} in this get-ready</source>
        <translation>{time_left} de preparación</translation>
    </message>
    <message>
        <source>{time_left} in this rest</source>
        <translation>{time_left} de descanso</translation>
    </message>
    <message>
        <source>{time_left} in this switch</source>
        <translation>{time_left} para cambiar de lado</translation>
    </message>
    <message>
        <source>{time_left} in this step</source>
        <translation>{time_left} en este paso</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>A continuación: {exercise}</translation>
    </message>
    <message>
        <source>of {reps}</source>
        <translation>de {reps}</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>REP.</translation>
    </message>
    <message>
        <source>SECONDS LEFT</source>
        <translation>SEGUNDOS RESTANTES</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>TIEMPO RESTANTE</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Press {done} when finished</source>
        <translation>Pulsa «{done}» cuando termines</translation>
    </message>
    <message>
        <source>Paused. {said}</source>
        <translation>En pausa. {said}</translation>
    </message>
    <message>
        <source>ROUTINE COMPLETE</source>
        <translation>RUTINA COMPLETADA</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>DETENIDA</translation>
    </message>
    <message>
        <source>PREPARING THE VOICE…</source>
        <translation>PREPARANDO LA VOZ…</translation>
    </message>
    <message>
        <source>READY: PRESS SPACE TO START</source>
        <translation>LISTO: PULSA ESPACIO PARA EMPEZAR</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CAMBIA DE LADO</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>PRESS {done} WHEN FINISHED</source>
        <translation>PULSA {done} AL TERMINAR</translation>
    </message>
    <message>
        <source>YOUR PACE</source>
        <translation>A TU RITMO</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTENER</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>REPETICIONES</translation>
    </message>
    <message>
        <source>PAUSED · {words}</source>
        <translation>EN PAUSA · {words}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>ui.settings.dialog</name>
    <message>
        <source>Same as the system</source>
        <extracomment>How each theme is named in the dialog, in the order of core.settings.THEMES.</extracomment>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>The lead-in spin box&apos;s lowest value stands for None: each routine&apos;s own lead-in.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>&amp;Probar voz</translation>
    </message>
    <message>
        <source>&amp;Mute all cues</source>
        <translation>Silenciar &amp;todos los avisos</translation>
    </message>
    <message>
        <source>&amp;Beeps instead of spoken words</source>
        <translation>Pitidos en lugar de pala&amp;bras</translation>
    </message>
    <message>
        <source>Count re&amp;ps aloud</source>
        <translation>Contar las &amp;repeticiones en voz alta</translation>
    </message>
    <message>
        <source>Say “&amp;halfway” during long holds</source>
        <translation>Decir «&amp;mitad» en los tiempos de mantenimiento largos</translation>
    </message>
    <message>
        <source>As&amp;k how my ankle feels before and after each session</source>
        <translation>Pre&amp;guntar cómo está mi tobillo antes y después de cada sesión</translation>
    </message>
    <message>
        <source>Say reminders alo&amp;ud</source>
        <translation>Decir los recordatorios en &amp;voz alta</translation>
    </message>
    <message>
        <source>&amp;Start at login (in the tray, for reminders)</source>
        <translation>&amp;Iniciar al entrar en la sesión (en la bandeja, para los recordatorios)</translation>
    </message>
    <message>
        <source>A new language applies the next time Ankle Coach starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se abra Ankle Coach.</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source>The routine’s own</source>
        <translation>La de la rutina</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer valores pre&amp;determinados</translation>
    </message>
    <message>
        <source>Speak a sample sentence with the settings shown here.</source>
        <translation>Decir una frase de ejemplo con los ajustes que se muestran aquí.</translation>
    </message>
    <message>
        <source>Put back the default for every setting in this dialog.</source>
        <translation>Volver a poner el valor predeterminado en cada ajuste de este cuadro.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar voz</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Velocidad del habla</translation>
    </message>
    <message>
        <source>Speech rate in words per minute</source>
        <translation>Velocidad del habla en palabras por minuto</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume in percent</source>
        <translation>Volumen en porcentaje</translation>
    </message>
    <message>
        <source>Mute all cues</source>
        <translation>Silenciar todos los avisos</translation>
    </message>
    <message>
        <source>Beeps instead of spoken words</source>
        <translation>Pitidos en lugar de palabras</translation>
    </message>
    <message>
        <source>Get-ready time in seconds</source>
        <translation>Tiempo de preparación en segundos</translation>
    </message>
    <message>
        <source>Count reps aloud</source>
        <translation>Contar las repeticiones en voz alta</translation>
    </message>
    <message>
        <source>Say halfway during long holds</source>
        <translation>Decir mitad en los tiempos de mantenimiento largos</translation>
    </message>
    <message>
        <source>Ask how my ankle feels before and after each session</source>
        <translation>Preguntar cómo está mi tobillo antes y después de cada sesión</translation>
    </message>
    <message>
        <source>Say reminders aloud</source>
        <translation>Decir los recordatorios en voz alta</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tamaño del texto en porcentaje</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>V&amp;oz:</translation>
    </message>
    <message>
        <source>Speech &amp;rate:</source>
        <translation>Ve&amp;locidad del habla:</translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation>Vol&amp;umen:</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>Tiempo de preparació&amp;n:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idiom&amp;a:</translation>
    </message>
    <message>
        <source>Th&amp;eme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>{voice} (not on this computer)</source>
        <translation>{voice} (no está en este ordenador)</translation>
    </message>
</context>
<context>
    <name>ui.settings.language</name>
    <message>
        <source>Language</source>
        <extracomment>Starts a program detached from this one: (program, arguments) -&gt; whether it started.</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>{language} applies the next time Ankle Coach starts.</source>
        <translation>{language} se aplicará la próxima vez que se abra Ankle Coach.</translation>
    </message>
    <message>
        <source>A session is running: restart Ankle Coach when it is over.</source>
        <translation>Hay una sesión en marcha: reinicia Ankle Coach cuando termine.</translation>
    </message>
    <message>
        <source>Restart now to see it at once?</source>
        <translation>¿Reiniciar ahora para verlo ya?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Ankle Coach was not restarted</source>
        <translation>Ankle Coach no se reinició</translation>
    </message>
    <message>
        <source>This could not be started: {command}. Quit and start Ankle Coach again to see the new language.</source>
        <translation>No se pudo iniciar: {command}. Cierra Ankle Coach y vuelve a abrirlo para ver el nuevo idioma.</translation>
    </message>
</context>
<context>
    <name>ui.sharing</name>
    <message>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <source>Routines (*.ankle.zip *.zip *.toml);;All files (*)</source>
        <translation>Rutinas (*.ankle.zip *.zip *.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>{name} was not imported: 1 problem to fix in it first. Nothing was changed.</source>
        <translation>{name} no se importó: antes hay que corregir 1 problema en el archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} was not imported: {count} problems to fix in it first. Nothing was changed.</source>
        <translation>{name} no se importó: antes hay que corregir {count} problemas en el archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>La rutina no se importó</translation>
    </message>
    <message>
        <source>Imported into My routines as {id}.</source>
        <translation>Importada en Mis rutinas como {id}.</translation>
    </message>
    <message>
        <source>A routine of that name exists</source>
        <translation>Ya existe una rutina con ese nombre</translation>
    </message>
    <message>
        <source>My routines already has “{id}”. Replace it, or keep both (the new one as “{new_id}”)?</source>
        <translation>Mis rutinas ya tiene «{id}». ¿La reemplazas o te quedas con las dos (la nueva como «{new_id}»)?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Quedarme con las dos</translation>
    </message>
    <message>
        <source>Choose a routine first.</source>
        <translation>Elige primero una rutina.</translation>
    </message>
    <message>
        <source>Export it from its editor, after the try.</source>
        <translation>Expórtala desde su editor, después de probarla.</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Routine package (*.ankle.zip)</source>
        <translation>Paquete de rutina (*.ankle.zip)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Exportación cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>La rutina no se exportó</translation>
    </message>
    <message>
        <source>It could not be saved first. {reason}</source>
        <translation>No se pudo guardar antes. {reason}</translation>
    </message>
    <message>
        <source>Save and export?</source>
        <translation>¿Guardar y exportar?</translation>
    </message>
    <message>
        <source>“{title}” is not saved. Save it to My routines, then export it?</source>
        <translation>«{title}» no está guardada. ¿La guardas en Mis rutinas y después la exportas?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>Guardar y exportar</translation>
    </message>
    <message>
        <source>Exported to {path}: one file to send as it is.</source>
        <translation>Exportada a {path}: un solo archivo para enviar tal cual.</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar hoja de ejercicios</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout was not written</source>
        <translation>La hoja de ejercicios no se guardó</translation>
    </message>
    <message>
        <source>Handout written to {path}.</source>
        <translation>Hoja de ejercicios guardada en {path}.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir hoja de ejercicios</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>Impresión cancelada; no se imprimió nada.</translation>
    </message>
    <message>
        <source>The handout was not printed</source>
        <translation>La hoja de ejercicios no se imprimió</translation>
    </message>
    <message>
        <source>Handout sent to the printer: 1 page.</source>
        <translation>Hoja de ejercicios enviada a la impresora: 1 página.</translation>
    </message>
    <message>
        <source>Handout sent to the printer: {pages} pages.</source>
        <translation>Hoja de ejercicios enviada a la impresora: {pages} páginas.</translation>
    </message>
    <message>
        <source>Handout sent to {printer}: 1 page.</source>
        <translation>Hoja de ejercicios enviada a {printer}: 1 página.</translation>
    </message>
    <message>
        <source>Handout sent to {printer}: {pages} pages.</source>
        <translation>Hoja de ejercicios enviada a {printer}: {pages} páginas.</translation>
    </message>
    <message>
        <source>The handout was printed without 1 picture:</source>
        <translation>La hoja de ejercicios se imprimió sin 1 ilustración:</translation>
    </message>
    <message>
        <source>The handout was printed without {count} pictures:</source>
        <translation>La hoja de ejercicios se imprimió sin {count} ilustraciones:</translation>
    </message>
    <message>
        <source>The handout was written without 1 picture:</source>
        <translation>La hoja de ejercicios se guardó sin 1 ilustración:</translation>
    </message>
    <message>
        <source>The handout was written without {count} pictures:</source>
        <translation>La hoja de ejercicios se guardó sin {count} ilustraciones:</translation>
    </message>
    <message>
        <source>Pictures left out of the handout</source>
        <translation>Ilustraciones que faltan en la hoja de ejercicios</translation>
    </message>
</context>
<context>
    <name>ui.sharing_plan</name>
    <message>
        <source>A suggested plan</source>
        <translation>Un plan sugerido</translation>
    </message>
    <message>
        <source>This routine comes with a suggested plan for “{title}”: {plan} (until {date}).</source>
        <translation>Esta rutina trae un plan sugerido para «{title}»: {plan} (hasta el {date}).</translation>
    </message>
    <message>
        <source>This routine comes with a suggested plan for “{title}”: {plan}.</source>
        <translation>Esta rutina trae un plan sugerido para «{title}»: {plan}.</translation>
    </message>
    <message>
        <source>Add it to your weekly plan, so that the app reminds you?</source>
        <translation>¿Lo añades a tu plan semanal para que la aplicación te lo recuerde?</translation>
    </message>
    <message>
        <source>Time, 24-hour</source>
        <translation>Hora (formato 24 horas)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 18:30</source>
        <translation>HH:MM, p. ej. 18:30</translation>
    </message>
    <message>
        <source>&amp;Add to my plan</source>
        <translation>&amp;Añadir a mi plan</translation>
    </message>
    <message>
        <source>&amp;Change days or time…</source>
        <translation>&amp;Cambiar días u hora…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Days: choose at least one day.</source>
        <translation>Días: elige al menos un día.</translation>
    </message>
    <message>
        <source>Time: {problem}.</source>
        <translation>Hora: {problem}.</translation>
    </message>
    <message>
        <source>Not added: the weekly plan could not be saved ({reason}).</source>
        <translation>No se añadió: no se pudo guardar el plan semanal ({reason}).</translation>
    </message>
    <message>
        <source>Added to your weekly plan: {plan}, until {date}.</source>
        <translation>Añadido a tu plan semanal: {plan}, hasta el {date}.</translation>
    </message>
    <message>
        <source>Added to your weekly plan: {plan}.</source>
        <translation>Añadido a tu plan semanal: {plan}.</translation>
    </message>
    <message>
        <source>The suggested plan was not added; Plan my week can add it later.</source>
        <translation>El plan sugerido no se añadió; puedes añadirlo más tarde en «Planificar mi semana».</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>ui.widgets.illustration</name>
    <message>
        <source>cannot be drawn: Qt cannot read this SVG</source>
        <translation>no se puede dibujar: Qt no puede leer este SVG</translation>
    </message>
    <message>
        <source>has no width and height that can be drawn</source>
        <translation>no tiene un ancho y un alto que se puedan dibujar</translation>
    </message>
    <message>
        <source>cannot be drawn: it is under a pixel in size; give its svg element a width and a height</source>
        <extracomment>The white card&apos;s margin around a picture, in pixels (less on a very low card). How wide (or high, if higher) an SVG under a pixel in size is made to draw it (Picture.load). A picture is rendered at most this many pixels large (1155 x 866); a bigger widget draws it scaled up. Rendering time grows with the pixels. An SVG is rendered at growing sizes, each twice as wide as the one before, from about SMALLEST_RENDER pixels wide up to the size it is drawn at; it stops growing where the next size would likely take the renders over RENDER_BUDGET_SECONDS of the render thread&apos;s time, and the largest render made is drawn scaled up. A size twice as wide has taken 3 to 5 times as long for a stroke crossing itself hundreds of times (faster than the pixels), and up to 10 times where thin lines cross one pixel&apos;s width: RENDER_GROWTH allows for most of that. So a picture the limits of core/images.py accept but that would take seconds at full size (a long stroke crossing itself thousands of times) is shown, a little soft, within the budget, and a built-in one (25 ms at 1200 x 900) is rendered at full size. How long the app waits at exit for a render under way (it cannot be stopped). Pictures rendered at once, each on its own thread. One is enough now that a render keeps to RENDER_BUDGET_SECONDS (a second thread&apos;s memory arena cost 0.5 MiB of the session&apos;s). How long after a resize the picture is rendered again at the new size. Pictures loaded lately, by file and its stat: the overview and the session view share them.</extracomment>
        <translation>no se puede dibujar: mide menos de un píxel; dale al elemento svg un ancho y un alto</translation>
    </message>
    <message>
        <source>cannot be drawn: no room for a copy ({reason})</source>
        <translation>no se puede dibujar: no hay espacio para una copia ({reason})</translation>
    </message>
    <message>
        <source>cannot be read: it is not a usable file name</source>
        <translation>no se puede leer: no es un nombre de archivo válido</translation>
    </message>
    <message>
        <source>cannot be decoded: {reason}</source>
        <translation>no se puede descodificar: {reason}</translation>
    </message>
    <message>
        <source>is {width} x {height} pixels; an image may have at most {millions} million pixels (4000 x 3000)</source>
        <translation>mide {width} × {height} píxeles; una imagen puede tener como máximo {millions} millones de píxeles (4000 × 3000)</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation>Sin ilustración</translation>
    </message>
    <message>
        <source>No illustration: {problem}</source>
        <translation>Sin ilustración: {problem}</translation>
    </message>
    <message>
        <source>{picture} (mirrored)</source>
        <translation>{picture} (reflejada)</translation>
    </message>
</context>
<context>
    <name>ui.widgets.notice</name>
    <message>
        <source>Problems</source>
        <extracomment>The notice leaves this much of the screen&apos;s available area free on each side (the window system&apos;s frame and title bar). The widest the notice asks to be, in average characters of its font.</extracomment>
        <translation>Problemas</translation>
    </message>
</context>
</TS>
