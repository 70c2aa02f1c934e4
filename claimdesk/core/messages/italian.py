"""The Italian of the core's messages, by their English template.

Each template keeps the fields of its English (``{name}``, ``{reason}``...) and may put them in
another order; ``tests/unit/test_messages.py`` checks that every message the core says is here
and that nothing here is left over. Grouped as the core's rooms are.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # importers: files in
    "The pasted text is empty: copy the article's text and paste it again.": (
        "Il testo incollato è vuoto: copia il testo dell'articolo e incollalo di nuovo."
    ),
    "{name} is empty: there is no text to import.": ("{name} è vuoto: non c'è testo da importare."),
    "{name} holds only blank space: there is no text to import.": (
        "{name} contiene solo spazi vuoti: non c'è testo da importare."
    ),
    "{name} has no text besides its front matter and markup: there is no text to import.": (
        "{name} non ha testo oltre all'intestazione e ai marcatori: non c'è testo da importare."
    ),
    "{name} has no readable text (only markup, scripts or styles): save the page again with "
    "its article, or paste the article's text.": (
        "{name} non ha testo leggibile (solo marcatori, script o stili): salva di nuovo la "
        "pagina con il suo articolo, oppure incolla il testo dell'articolo."
    ),
    "{name} has no message text: there is no text to import.": (
        "{name} non ha il testo del messaggio: non c'è testo da importare."
    ),
    "{name} has no text (only images or empty pages): if it holds scanned pages, run OCR on "
    "it first.": (
        "{name} non ha testo (solo immagini o pagine vuote): se contiene pagine scansionate, "
        "passalo prima all'OCR."
    ),
    "{name} has no text layer: no text was found; scanned pages need OCR first.": (
        "{name} non ha uno strato di testo: non è stato trovato testo; le pagine scansionate "
        "vanno prima passate all'OCR."
    ),
    "{name} has more than {pages} pages: split it and import only the article's pages.": (
        "{name} ha più di {pages} pagine: dividilo e importa solo le pagine dell'articolo."
    ),
    "{name} is encrypted: remove the password and import it again.": (
        "{name} è cifrato: togli la password e importalo di nuovo."
    ),
    "{name} is encrypted: remove the password in LibreOffice and import it again.": (
        "{name} è cifrato: togli la password in LibreOffice e importalo di nuovo."
    ),
    "{name} is password-protected or an old Word 97-2003 file: remove the password or save "
    "it as .docx in Word, and import it again.": (
        "{name} è protetto da password o è un vecchio file di Word 97-2003: togli la password "
        "o salvalo come .docx in Word, e importalo di nuovo."
    ),
    "{name} is not a PDF file (it has no PDF header): {fix}": (
        "{name} non è un file PDF (non ha l'intestazione PDF): {fix}"
    ),
    "{name} is not a valid PDF (it is damaged): {fix}": (
        "{name} non è un PDF valido (è danneggiato): {fix}"
    ),
    "{name} is not an e-mail (it has no headers): {fix}": (
        "{name} non è un'e-mail (non ha intestazioni): {fix}"
    ),
    "{name} is not a valid e-mail (it is damaged): {fix}": (
        "{name} non è un'e-mail valida (è danneggiata): {fix}"
    ),
    "{name} is not an OpenDocument text (it is {mimetype}): save it from LibreOffice Writer "
    "as .odt.": (
        "{name} non è un testo OpenDocument (è {mimetype}): salvalo da LibreOffice Writer "
        "come .odt."
    ),
    "{name} is not {kind} (corrupt zip): {fix}": "{name} non è {kind} (zip corrotto): {fix}",
    "{name} is not {kind} (damaged XML inside): {fix}": (
        "{name} non è {kind} (l'XML al suo interno è danneggiato): {fix}"
    ),
    "{name} is not {kind} (damaged content): {fix}": (
        "{name} non è {kind} (contenuto danneggiato): {fix}"
    ),
    "{name} is not {kind} (it has no document part): {fix}": (
        "{name} non è {kind} (manca la parte del documento): {fix}"
    ),
    "{name} is not {kind} (it has no text body): {fix}": (
        "{name} non è {kind} (manca il corpo del testo): {fix}"
    ),
    "{name} is not {kind} (it has no {member}): {fix}": (
        "{name} non è {kind} (manca {member}): {fix}"
    ),
    "{name} is too large (over {limit} MB): split it or import only the article.": (
        "{name} è troppo grande (oltre {limit} MB): dividilo o importa solo l'articolo."
    ),
    "{name} is too large ({size:.1f} MB; the limit is {limit} MB): split it or import only "
    "the article.": (
        "{name} è troppo grande ({size:.1f} MB; il limite è {limit} MB): dividilo o importa "
        "solo l'articolo."
    ),
    "{name} is {kind}, which ClaimDesk cannot import: use one of {suffixes} (or paste the text).": (
        "{name} è {kind}, che ClaimDesk non sa importare: usa uno fra {suffixes} (o incolla "
        "il testo)."
    ),
    "{name} starts with a {label} byte-order mark but is not valid {label}: save it again as "
    "UTF-8 and import it again.": (
        "{name} inizia con il segno di ordine dei byte di {label} ma non è {label} valido: "
        "salvalo di nuovo come UTF-8 e importalo di nuovo."
    ),
    "{name} would unpack to more than {megabytes} MB (it may be a zip bomb): open it in its "
    "program and save a smaller copy.": (
        "{name} una volta estratto supererebbe {megabytes} MB (potrebbe essere una zip bomb): "
        "aprilo nel suo programma e salvane una copia più piccola."
    ),
    "{name} cannot be read ({reason}): check the file and try again.": (
        "Non si riesce a leggere {name} ({reason}): controlla il file e riprova."
    ),
    "{name} cannot be read: permission denied; give yourself read access to it or copy it "
    "somewhere you can read.": (
        "Non si riesce a leggere {name}: permesso negato; datti il permesso di lettura o "
        "copialo in un posto dove puoi leggerlo."
    ),
    "{name} cannot be read: the Python package {package} is not installed; install it (pip "
    "install {package}) or run tools/setup.sh again.": (
        "Non si riesce a leggere {name}: il pacchetto Python {package} non è installato; "
        "installalo (pip install {package}) o esegui di nuovo tools/setup.sh."
    ),
    "{name} does not hold text (it looks like a binary file): check that its extension "
    "matches its content, or import another file.": (
        "{name} non contiene testo (sembra un file binario): controlla che l'estensione "
        "corrisponda al contenuto, o importa un altro file."
    ),
    "{path} does not exist: check the name and the folder, then try again.": (
        "{path} non esiste: controlla il nome e la cartella, poi riprova."
    ),
    "{path} is a folder, not a file: choose a file in it, or import the whole folder.": (
        "{path} è una cartella, non un file: scegli un file al suo interno, o importa "
        "l'intera cartella."
    ),
    "The page was not fetched: cancelled.": "La pagina non è stata scaricata: annullato.",
    "a valid Word file": "un file Word valido",
    "a valid OpenDocument text": "un testo OpenDocument valido",
    "a {suffix} file": "un file {suffix}",
    "a file without an extension": "un file senza estensione",
    "unknown": "sconosciuto",
    "open it in Word (or LibreOffice) and save it again as .docx.": (
        "aprilo in Word (o LibreOffice) e salvalo di nuovo come .docx."
    ),
    "open it in LibreOffice (or Word) and save it again as .odt.": (
        "aprilo in LibreOffice (o Word) e salvalo di nuovo come .odt."
    ),
    "open it in a PDF reader and save or print it to a new PDF, then import that.": (
        "aprilo in un lettore PDF e salvalo o stampalo in un nuovo PDF, poi importa quello."
    ),
    "save the message again from your mail program as .eml.": (
        "salva di nuovo il messaggio come .eml dal tuo programma di posta."
    ),
    # importers: pages taken by their address
    "{url!r} is not the address of a page: give one that starts with https:// or http://.": (
        "{url!r} non è l'indirizzo di una pagina: indicane uno che inizi con https:// o http://."
    ),
    "{url} redirects more than {count} times: open it in a browser and import the address it "
    "ends at.": (
        "{url} rimanda altrove più di {count} volte: aprilo in un browser e importa l'indirizzo "
        "a cui arriva."
    ),
    "{url} is {media_type}, not a page ClaimDesk can read: it takes HTML, XHTML, PDF and plain "
    "text from an address (save other files and import them).": (
        "{url} è {media_type}, non una pagina che ClaimDesk sa leggere: da un indirizzo prende "
        "HTML, XHTML, PDF e testo semplice (salva gli altri file e importali)."
    ),
    "{url} answered with an empty page: there is no text to import.": (
        "{url} ha risposto con una pagina vuota: non c'è testo da importare."
    ),
    "{host} did not answer within {seconds:g} seconds: try again later, or save the page from "
    "a browser and import the file.": (
        "{host} non ha risposto entro {seconds:g} secondi: riprova più tardi, oppure salva la "
        "pagina da un browser e importa il file."
    ),
    "{url} leads to an address that is not on the web (http or https): open it in a browser "
    "and save the page.": (
        "{url} porta a un indirizzo che non è sul web (http o https): aprilo in un browser e "
        "salva la pagina."
    ),
    "{host} broke off the answer ({reason}): try again later, or save the page from a browser "
    "and import the file.": (
        "{host} ha interrotto la risposta ({reason}): riprova più tardi, oppure salva la pagina "
        "da un browser e importa il file."
    ),
    "{host} sent an answer that cannot be read: save the page from a browser and import the "
    "file.": (
        "{host} ha inviato una risposta illeggibile: salva la pagina da un browser e importa il "
        "file."
    ),
    "Cannot fetch {url} ({reason}): save the page from a browser and import the file.": (
        "Impossibile scaricare {url} ({reason}): salva la pagina da un browser e importa il file."
    ),
    "{url} took longer than {seconds:g} seconds to arrive: try again later, or save the page "
    "from a browser and import the file.": (
        "{url} ha impiegato più di {seconds:g} secondi ad arrivare: riprova più tardi, oppure "
        "salva la pagina da un browser e importa il file."
    ),
    "{url} is larger than {size}: save the part you need from a browser and import the file.": (
        "{url} supera {size}: salva da un browser la parte che ti serve e importa il file."
    ),
    "Cannot find {host}: check the address, and that this computer is online.": (
        "Impossibile trovare {host}: controlla l'indirizzo e che questo computer sia in linea."
    ),
    "{host} refused the connection: check the address, or try again later.": (
        "{host} ha rifiutato la connessione: controlla l'indirizzo, oppure riprova più tardi."
    ),
    "{host} did not show a valid certificate ({reason}): the page was not fetched; open it in "
    "a browser if you trust it, and save it.": (
        "{host} non ha presentato un certificato valido ({reason}): la pagina non è stata "
        "scaricata; se ti fidi, aprila in un browser e salvala."
    ),
    "The secure connection to {host} failed ({reason}): try again later.": (
        "La connessione sicura con {host} non è riuscita ({reason}): riprova più tardi."
    ),
    "Cannot reach {host}: this computer seems to be offline.": (
        "Impossibile raggiungere {host}: questo computer sembra non essere in linea."
    ),
    "Cannot connect to {host} ({reason}): check that this computer is online.": (
        "Impossibile collegarsi a {host} ({reason}): controlla che questo computer sia in linea."
    ),
    "{url} answered {answer}: {what}.": "{url} ha risposto {answer}: {what}.",
    "{requested} (at {url})": "{requested} (in {url})",
    "the page is not open to ClaimDesk; open it in a browser, save it, and import the file": (
        "la pagina non è accessibile a ClaimDesk; aprila in un browser, salvala e importa il file"
    ),
    "there is no page there; check the address": (
        "lì non c'è nessuna pagina; controlla l'indirizzo"
    ),
    "a redirect without a place to go; open it in a browser": (
        "un rimando senza destinazione; aprilo in un browser"
    ),
    "the site has a problem; try again later": "il sito ha un problema; riprova più tardi",
    "check the address": "controlla l'indirizzo",
    "{url} does not say what it sent, and it is not a page ClaimDesk recognises: save it from "
    "a browser and import the file.": (
        "{url} non dice che cosa ha inviato, e non è una pagina che ClaimDesk riconosce: salvala "
        "da un browser e importa il file."
    ),
    "{url} was sent compressed as {coding!r}, which ClaimDesk cannot read: save the page from "
    "a browser and import the file.": (
        "{url} è arrivato compresso come {coding!r}, che ClaimDesk non sa leggere: salva la "
        "pagina da un browser e importa il file."
    ),
    "{url} was sent compressed but damaged: try again, or save the page from a browser.": (
        "{url} è arrivato compresso ma danneggiato: riprova, oppure salva la pagina da un browser."
    ),
    "The snapshot": "L'istantanea",
    "{name} is not a readable WARC file ({reason}): capture the page again.": (
        "{name} non è un file WARC leggibile ({reason}): acquisisci di nuovo la pagina."
    ),
    "{name} holds no page: capture the page again.": (
        "{name} non contiene nessuna pagina: acquisisci di nuovo la pagina."
    ),
    # services: files kept with articles (snapshots of pages, scans)
    "A file kept with an article is empty: import the article again.": (
        "Un file conservato con un articolo è vuoto: importa di nuovo l'articolo."
    ),
    "The bytes of {name} are missing from the library: run `claimdesk-cli check`, or import "
    "the article again.": (
        "I dati di {name} mancano dall'archivio: esegui `claimdesk-cli check`, oppure importa di "
        "nuovo l'articolo."
    ),
    "No kept file with id {ident!r}: an article's snapshots are listed by `claimdesk-cli "
    "snapshot ARTICLE`.": (
        "Nessun file conservato con id {ident!r}: le istantanee di un articolo si elencano con "
        "`claimdesk-cli snapshot ARTICLE`."
    ),
    "The id {ident!r} fits more than one kept file: give more characters.": (
        "L'id {ident!r} corrisponde a più di un file conservato: indica più caratteri."
    ),
    "The claim's article was not taken from an address, so it has no snapshot: import the "
    "page with `claimdesk-cli import https://…`, or add a file.": (
        "L'articolo dell'affermazione non è stato preso da un indirizzo, quindi non ha "
        "un'istantanea: importa la pagina con `claimdesk-cli import https://…`, oppure aggiungi "
        "un file."
    ),
    "{name} is not the snapshot of a page: give a snapshot's id (`claimdesk-cli snapshot "
    "ARTICLE` lists them).": (
        "{name} non è l'istantanea di una pagina: indica l'id di un'istantanea (`claimdesk-cli "
        "snapshot ARTICLE` le elenca)."
    ),
}
