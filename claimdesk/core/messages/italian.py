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
        "{name} non è leggibile ({reason}): controlla il file e riprova."
    ),
    "{name} cannot be read: permission denied; give yourself read access to it or copy it "
    "somewhere you can read.": (
        "{name} non è leggibile: permesso negato; datti il permesso di lettura o copialo in "
        "un posto dove puoi leggerlo."
    ),
    "{name} cannot be read: the Python package {package} is not installed; install it (pip "
    "install {package}) or run tools/setup.sh again.": (
        "{name} non è leggibile: il pacchetto Python {package} non è installato; "
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
    # importers: images and scans read by OCR
    "install Tesseract and its English and Italian data (Debian or Ubuntu: apt-get install "
    "tesseract-ocr tesseract-ocr-eng tesseract-ocr-ita)": (
        "installa Tesseract con i dati per l'inglese e l'italiano (Debian o Ubuntu: apt-get "
        "install tesseract-ocr tesseract-ocr-eng tesseract-ocr-ita)"
    ),
    "{name} is an image: reading it needs Tesseract, which is not installed; {install}.": (
        "{name} è un'immagine: per leggerla serve Tesseract, che non è installato; {install}."
    ),
    "{name} has no text layer: reading its scanned pages needs Tesseract, which is not "
    "installed; {install}.": (
        "{name} non ha uno strato di testo: per leggerne le pagine scansionate serve "
        "Tesseract, che non è installato; {install}."
    ),
    "{name} cannot be read: Tesseract has no data for {languages}; install it (apt-get "
    "install {packages}).": (
        "{name} non si può leggere: Tesseract non ha i dati per {languages}; installali "
        "(apt-get install {packages})."
    ),
    "Reading the image took longer than {seconds} s: crop it to the article or import a "
    "smaller scan.": (
        "La lettura dell'immagine ha richiesto più di {seconds} s: ritagliala sull'articolo "
        "o importa una scansione più piccola."
    ),
    "Tesseract could not be started ({reason}): {install}.": (
        "Non è stato possibile avviare Tesseract ({reason}): {install}."
    ),
    "Tesseract could not read the image ({reason}): save it again as PNG and import that.": (
        "Tesseract non è riuscito a leggere l'immagine ({reason}): salvala di nuovo come PNG "
        "e importa quella."
    ),
    "open it in an image viewer and save it again as PNG or JPEG, then import that.": (
        "aprila in un visualizzatore di immagini e salvala di nuovo come PNG o JPEG, poi "
        "importa quella."
    ),
    "{name} is not a valid image (it is damaged): {fix}": (
        "{name} non è un'immagine valida (è danneggiata): {fix}"
    ),
    "{name} is not a valid image (a page is damaged): {fix}": (
        "{name} non è un'immagine valida (una pagina è danneggiata): {fix}"
    ),
    "{name} is too large an image to read (over {pixels} pixels): scale it down or crop it "
    "to the article.": (
        "{name} è un'immagine troppo grande da leggere (oltre {pixels} pixel): riducila o "
        "ritagliala sull'articolo."
    ),
    "{name} has {count} pages, more than {pages}: split it and import the article's.": (
        "{name} ha {count} pagine, più di {pages}: dividilo e importa quelle dell'articolo."
    ),
    "{name} has {count} scanned pages, more than {pages}: split it and import only the "
    "article's pages.": (
        "{name} ha {count} pagine scansionate, più di {pages}: dividilo e importa solo le "
        "pagine dell'articolo."
    ),
    "{name} shows no text that could be read (a photo or a drawing?): nothing was imported; "
    "import a screenshot or a scan of the text.": (
        "In {name} non si legge alcun testo (è una foto o un disegno?): non è stato importato "
        "nulla; importa uno screenshot o una scansione del testo."
    ),
    "{name}: no page shows text that could be read: nothing was imported; scan the pages "
    "again at 300 dpi or more.": (
        "{name}: in nessuna pagina si legge del testo: non è stato importato nulla; scansiona "
        "di nuovo le pagine a 300 dpi o più."
    ),
    "{name} has no text layer, and no text could be read on its pages: nothing was imported; "
    "scan the pages again at 300 dpi or more.": (
        "{name} non ha uno strato di testo, e nelle sue pagine non si legge alcun testo: non è "
        "stato importato nulla; scansiona di nuovo le pagine a 300 dpi o più."
    ),
    "The import of {name} was cancelled: nothing was stored.": (
        "L'importazione di {name} è stata annullata: non è stato salvato nulla."
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
    # cli: snapshots
    "Article {article} has no snapshot: it was not taken from an address (`claimdesk-cli "
    "import https://…` keeps one).": (
        "L'articolo {article} non ha un'istantanea: non è stato preso da un indirizzo "
        "(`claimdesk-cli import https://…` ne conserva una)."
    ),
    "No single snapshot {ident!r} of this article: `claimdesk-cli snapshot {article}` lists "
    "them.": (
        "Nessuna istantanea {ident!r} unica per questo articolo: `claimdesk-cli snapshot "
        "{article}` le elenca."
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
    # claims, claimants, links, tags, evidence
    "--occurrence counts from 1: give 1 for the first appearance.": (
        "--occurrence conta da 1: indica 1 per la prima occorrenza."
    ),
    "The quote is empty: give the exact text to mark.": (
        "La citazione è vuota: indica il testo esatto da segnare."
    ),
    "The quote appears {found} time(s), not {occurrence}: give a smaller --occurrence.": (
        "La citazione compare {found} volta/e, non {occurrence}: indica un --occurrence più "
        "piccolo."
    ),
    "The quote {quote!r} is not in the article: copy it exactly from the article text.": (
        "La citazione {quote!r} non è nell'articolo: copiala esattamente dal testo dell'articolo."
    ),
    "The span {start}-{end} is outside the article (0-{length}): select text in it.": (
        "L'intervallo {start}-{end} è fuori dall'articolo (0-{length}): seleziona del testo "
        "al suo interno."
    ),
    "The selection holds only white space: select the words to mark.": (
        "La selezione contiene solo spazi: seleziona le parole da segnare."
    ),
    "That text is already marked: select other text, or edit that claim.": (
        "Questo testo è già segnato: seleziona un altro testo, o modifica quell'affermazione."
    ),
    "This claim is already in the library: nothing to restore.": (
        "Questa affermazione è già nell'archivio: non c'è niente da ripristinare."
    ),
    "This claim was changed by {who} at {when} while you edited it: nothing of yours was "
    "saved; look at their change, then keep it or save yours over it.": (
        "Questa affermazione è stata modificata da {who} alle {when} mentre la modificavi: "
        "non è stato salvato niente di tuo; guarda la sua modifica, poi tienila o salva la "
        "tua al suo posto."
    ),
    "someone else": "qualcun altro",
    "Unknown verdict {value!r}: use one of {choices}.": (
        "Verdetto sconosciuto {value!r}: usa uno fra {choices}."
    ),
    "Unknown status {value!r}: use one of {choices}.": (
        "Stato sconosciuto {value!r}: usa uno fra {choices}."
    ),
    "The claimant name is empty: type who makes the claim.": (
        "Il nome del dichiarante è vuoto: scrivi chi fa l'affermazione."
    ),
    "A claim cannot be linked to itself: give two different claims.": (
        "Un'affermazione non può essere collegata a sé stessa: indica due affermazioni diverse."
    ),
    "The first claim already denies the second: nothing to add.": (
        "La prima affermazione smentisce già la seconda: non c'è niente da aggiungere."
    ),
    "The first claim already contradicts the second: nothing to add.": (
        "La prima affermazione contraddice già la seconda: non c'è niente da aggiungere."
    ),
    "The first claim already supports the second: nothing to add.": (
        "La prima affermazione conferma già la seconda: non c'è niente da aggiungere."
    ),
    "The first claim already repeats the second: nothing to add.": (
        "La prima affermazione ripete già la seconda: non c'è niente da aggiungere."
    ),
    "The first claim has no denies link to the second: nothing to remove.": (
        "Non c'è un collegamento «smentisce» dalla prima affermazione alla seconda: non c'è "
        "niente da togliere."
    ),
    "The first claim has no contradicts link to the second: nothing to remove.": (
        "Non c'è un collegamento «contraddice» dalla prima affermazione alla seconda: non c'è "
        "niente da togliere."
    ),
    "The first claim has no supports link to the second: nothing to remove.": (
        "Non c'è un collegamento «conferma» dalla prima affermazione alla seconda: non c'è "
        "niente da togliere."
    ),
    "The first claim has no repeats link to the second: nothing to remove.": (
        "Non c'è un collegamento «ripete» dalla prima affermazione alla seconda: non c'è "
        "niente da togliere."
    ),
    "The two claims are not linked: nothing to remove.": (
        "Le due affermazioni non sono collegate: non c'è niente da togliere."
    ),
    "Unknown link type {value!r}: use one of {choices}.": (
        "Tipo di collegamento sconosciuto {value!r}: usa uno fra {choices}."
    ),
    "A tag is longer than {limit} characters: shorten it.": (
        "Un'etichetta supera i {limit} caratteri: accorciala."
    ),
    "Give one source: a web address, a file, or where a note comes from.": (
        "Indica una sola fonte: un indirizzo web, un file, o da dove viene una nota."
    ),
    "The source is empty: give a web address, a file name or where it comes from.": (
        "La fonte è vuota: indica un indirizzo web, il nome di un file o da dove viene."
    ),
    "The source is empty: say where the note comes from.": (
        "La fonte è vuota: di' da dove viene la nota."
    ),
    "{url!r} is not a web address: give one that starts with https:// or http://.": (
        "{url!r} non è un indirizzo web: indicane uno che inizi con https:// o http://."
    ),
    "The title is longer than {limit} characters: shorten it.": (
        "Il titolo supera i {limit} caratteri: accorcialo."
    ),
    "{day} is in the future: give the day you consulted it.": (
        "{day} è nel futuro: indica il giorno in cui l'hai consultata."
    ),
    "The file is empty: choose the file you consulted.": (
        "Il file è vuoto: scegli il file che hai consultato."
    ),
    "The file is larger than {limit} MB: keep a link to it instead, or an excerpt.": (
        "Il file supera i {limit} MB: conserva invece un collegamento, o un estratto."
    ),
    "The file of this evidence is gone: add it again.": (
        "Il file di questa prova non c'è più: aggiungilo di nuovo."
    ),
    "No file {sha256} is kept in this library: add it again.": (
        "Nessun file {sha256} è conservato in questo archivio: aggiungilo di nuovo."
    ),
    "Places start at 1: give 1 for the first.": (
        "Le posizioni partono da 1: indica 1 per la prima."
    ),
    # looking things up by id
    "No article with id {ident!r}: list them with `claimdesk-cli articles`.": (
        "Nessun articolo ha l'id {ident!r}: elencali con `claimdesk-cli articles`."
    ),
    "No claim with id {ident!r}: list them with `claimdesk-cli claims`.": (
        "Nessuna affermazione ha l'id {ident!r}: elencale con `claimdesk-cli claims`."
    ),
    "No evidence with id {ident!r}: list a claim's with `claimdesk-cli claim evidence list "
    "CLAIM`.": (
        "Nessuna prova ha l'id {ident!r}: elenca quelle di un'affermazione con "
        "`claimdesk-cli claim evidence list CLAIM`."
    ),
    "The id {ident!r} fits more than one article: give more characters.": (
        "L'id {ident!r} corrisponde a più di un articolo: scrivi più caratteri."
    ),
    "The id {ident!r} fits more than one claim: give more characters.": (
        "L'id {ident!r} corrisponde a più di un'affermazione: scrivi più caratteri."
    ),
    "The id {ident!r} fits more than one piece of evidence: give more characters.": (
        "L'id {ident!r} corrisponde a più di una prova: scrivi più caratteri."
    ),
    # articles
    "The title is empty: give the article a title.": (
        "Il titolo è vuoto: dai un titolo all'articolo."
    ),
    "The new text is empty: an article needs its text; paste it again.": (
        "Il nuovo testo è vuoto: un articolo ha bisogno del suo testo; incollalo di nuovo."
    ),
    # search
    "A search's offset and limit cannot be negative: use 0 or more.": (
        "L'inizio e il limite di una ricerca non possono essere negativi: usa 0 o più."
    ),
    "Unknown order {order!r}: use relevance or date.": (
        "Ordine sconosciuto {order!r}: usa relevance o date."
    ),
    "A saved search needs a name and a query: type both.": (
        "Una ricerca salvata ha bisogno di un nome e di una query: scrivili entrambi."
    ),
    "The search index cannot be read: rebuild it (claimdesk-cli reindex).": (
        "L'indice di ricerca non si riesce a leggere: ricostruiscilo (claimdesk-cli reindex)."
    ),
    "The search index is closed: reopen the library.": (
        "L'indice di ricerca è chiuso: riapri l'archivio."
    ),
    "The search index in {directory} is locked and the lock cannot be removed: close other "
    "ClaimDesk windows on this library and retry.": (
        "L'indice di ricerca in {directory} è bloccato e il blocco non si riesce a togliere: "
        "chiudi le altre finestre di ClaimDesk su questo archivio e riprova."
    ),
    "The search index in {directory} is locked by another program: close other ClaimDesk "
    "windows on this library and retry.": (
        "L'indice di ricerca in {directory} è bloccato da un altro programma: chiudi le altre "
        "finestre di ClaimDesk su questo archivio e riprova."
    ),
    "Cannot create the search index folder {directory}: {reason}. Check that the library "
    "folder is writable.": (
        "Non si riesce a creare la cartella dell'indice di ricerca {directory}: {reason}. "
        "Controlla che nella cartella dell'archivio si possa scrivere."
    ),
    "Cannot create the search index in {directory}: {reason}. Check that the library folder "
    "is writable.": (
        "Non si riesce a creare l'indice di ricerca in {directory}: {reason}. Controlla che "
        "nella cartella dell'archivio si possa scrivere."
    ),
    "Another ClaimDesk window keeps this library's search index: rebuild it from there, or "
    "close it first.": (
        "Un'altra finestra di ClaimDesk tiene l'indice di ricerca di questo archivio: "
        "ricostruiscilo da lì, o chiudila prima."
    ),
    # the library, its database and its backups
    "{folder} is a file, not a library folder: give a folder with --library.": (
        "{folder} è un file, non la cartella di un archivio: indica una cartella con --library."
    ),
    "Cannot create the library folder {folder}: {reason}.": (
        "Non si riesce a creare la cartella dell'archivio {folder}: {reason}."
    ),
    "Cannot save the settings to {target}: {reason}; check that folder.": (
        "Non si riescono a salvare le impostazioni in {target}: {reason}; controlla quella "
        "cartella."
    ),
    "{url!r} is not a database URL: give one like postgresql://user@host/claimdesk.": (
        "{url!r} non è l'URL di un database: indicane uno come postgresql://utente@host/claimdesk."
    ),
    "This ClaimDesk cannot talk to that database ({reason}): install the PostgreSQL support "
    "with pip install 'claimdesk[postgres]'.": (
        "Questo ClaimDesk non sa parlare con quel database ({reason}): installa il supporto "
        "PostgreSQL con pip install 'claimdesk[postgres]'."
    ),
    "Cannot open the library database ({reason}): check the path, or restore a backup.": (
        "Non si riesce ad aprire il database dell'archivio ({reason}): controlla il "
        "percorso, o ripristina un backup."
    ),
    "Cannot open the library database: {reason}.": (
        "Non si riesce ad aprire il database dell'archivio: {reason}."
    ),
    "The team database cannot be reached ({reason}): your edit was not saved; check the "
    "connection and try again.": (
        "Il database del gruppo non è raggiungibile ({reason}): la tua modifica non è stata "
        "salvata; controlla la connessione e riprova."
    ),
    "Someone else changed this claim at the same moment: nothing was saved; look at it again "
    "and repeat your change.": (
        "Qualcun altro ha modificato questa affermazione nello stesso momento: non è stato "
        "salvato niente; guardala di nuovo e ripeti la tua modifica."
    ),
    "{target_name} is not empty ({held}): copy into a new, empty library or database instead.": (
        "{target_name} non è vuoto ({held}): copia invece in un archivio o in un database "
        "nuovi e vuoti."
    ),
    "The copy of table {table} does not match the source ({found} rows of {copied}): nothing "
    "was kept in {target_name}; report this with both databases' versions.": (
        "La copia della tabella {table} non corrisponde all'originale ({found} righe su "
        "{copied}): non è stato tenuto niente in {target_name}; segnalalo con le versioni di "
        "entrambi i database."
    ),
    "The source and the target are the same library: name another one.": (
        "L'origine e la destinazione sono lo stesso archivio: indicane un altro."
    ),
    "A shared database is backed up by its server's tools (pg_dump), or copied into a library "
    "folder with `claimdesk-cli --db URL copy-to --library DIR`.": (
        "Il backup di un database condiviso si fa con gli strumenti del suo server (pg_dump), "
        "oppure copiandolo nella cartella di un archivio con "
        "`claimdesk-cli --db URL copy-to --library DIR`."
    ),
    "The folder {folder} does not exist: create it or choose another.": (
        "La cartella {folder} non esiste: creala o scegline un'altra."
    ),
    "The backup would overwrite the library itself: choose another path.": (
        "Il backup sovrascriverebbe l'archivio stesso: scegli un altro percorso."
    ),
    "The backup to {dest} failed: {reason}.": "Il backup in {dest} non è riuscito: {reason}.",
    "There is no backup {name!r}: give a file, or a name listed by `claimdesk-cli backups`.": (
        "Non c'è nessun backup {name!r}: indica un file, o un nome elencato da "
        "`claimdesk-cli backups`."
    ),
    "There is no backup file {backup}: choose an existing one.": (
        "Non c'è nessun file di backup {backup}: scegline uno che esiste."
    ),
    "That file is the library itself: choose a backup of it.": (
        "Quel file è l'archivio stesso: scegline un backup."
    ),
    "Another ClaimDesk window or command has this library open: close it, then restore the "
    "backup.": (
        "Un'altra finestra o un altro comando di ClaimDesk ha aperto questo archivio: "
        "chiudilo, poi ripristina il backup."
    ),
    "Backups are kept for a library folder; a shared database is restored with its server's "
    "tools (pg_restore).": (
        "I backup si tengono per la cartella di un archivio; un database condiviso si "
        "ripristina con gli strumenti del suo server (pg_restore)."
    ),
    "{name} cannot be read as a database ({reason}): choose another backup.": (
        "{name} non si riesce a leggere come database ({reason}): scegli un altro backup."
    ),
    "{name} cannot be read as a database ({reason}): nothing was restored; choose another "
    "backup.": (
        "{name} non si riesce a leggere come database ({reason}): non è stato ripristinato "
        "niente; scegli un altro backup."
    ),
    "{name} is damaged ({verdict}): nothing was restored; choose another backup.": (
        "{name} è danneggiato ({verdict}): non è stato ripristinato niente; scegli un altro backup."
    ),
    "{name} is not a ClaimDesk library (no {names} table): choose another backup.": (
        "{name} non è un archivio di ClaimDesk (manca la tabella {names}): scegli un altro backup."
    ),
    "{name} was made by a newer ClaimDesk (schema {schema}): update ClaimDesk to restore it.": (
        "{name} è stato fatto da un ClaimDesk più recente (schema {schema}): aggiorna "
        "ClaimDesk per ripristinarlo."
    ),
    "The backup could not be put in place ({reason}): the library is unchanged; check the "
    "free space and the folder's permissions.": (
        "Il backup non si è potuto mettere al suo posto ({reason}): l'archivio non è "
        "cambiato; controlla lo spazio libero e i permessi della cartella."
    ),
    # reports (core/exporters/templates.py, cli/output_commands.py)
    "The report template {path} does not fit this version of ClaimDesk ({problem}): rename "
    "it, run `claimdesk-cli templates` for the current one and copy your changes into it.": (
        "Il modello di rapporto {path} non va bene per questa versione di ClaimDesk "
        "({problem}): rinominalo, esegui `claimdesk-cli templates` per avere quello attuale e "
        "riportaci le tue modifiche."
    ),
    "--lang is for reports ({formats}); {format} is written for programs: leave --lang out.": (
        "--lang vale per i rapporti ({formats}); {format} è scritto per i programmi: togli --lang."
    ),
    # files written
    "Cannot write {path}: the folder {folder} does not exist; create it or choose another "
    "folder.": (
        "Non si riesce a scrivere {path}: la cartella {folder} non esiste; creala o scegline "
        "un'altra."
    ),
    "Cannot write {path}: it is a folder; choose a file name.": (
        "Non si riesce a scrivere {path}: è una cartella; scegli un nome di file."
    ),
    "Cannot write in {folder}: {reason}; choose a folder you can write to.": (
        "Non si riesce a scrivere in {folder}: {reason}; scegli una cartella in cui puoi scrivere."
    ),
    "Cannot write {path}: {reason}; close it if another program has it open or choose "
    "another file.": (
        "Non si riesce a scrivere {path}: {reason}; chiudilo se un altro programma lo tiene "
        "aperto, o scegli un altro file."
    ),
    "Cannot draw the PDF report; try another format such as HTML.": (
        "Non si riesce a disegnare il rapporto PDF; prova un altro formato, come HTML."
    ),
    "Cannot add a page to the PDF report; try HTML instead.": (
        "Non si riesce ad aggiungere una pagina al rapporto PDF; prova invece HTML."
    ),
    "Published fact-checks are written as ClaimReview only: use --format claimreview with "
    "--published.": (
        "Le verifiche pubblicate si scrivono solo come ClaimReview: usa --format claimreview "
        "con --published."
    ),
    # search: how a query was read
    "Could not run the query as written: searched for its words instead.": (
        "Non si è potuta eseguire la ricerca così come è scritta: cercate invece le sue parole."
    ),
    "Could not read the query: searched for its words instead.": (
        "Non si è potuta leggere la ricerca: cercate invece le sue parole."
    ),
    "Part of the query could not be read: searched without it.": (
        "Una parte della ricerca non si è potuta leggere: cercato senza di essa."
    ),
    "write 2023, 2023-05, 2023-05-14 or a range like [2022-01 to 2022-06]": (
        "scrivi 2023, 2023-05, 2023-05-14 o un intervallo come [2022-01 to 2022-06]"
    ),
    "Unbalanced parenthesis: ignored it.": "Parentesi senza la sua compagna: ignorata.",
    'Date "{date}" not understood ({hint}): searched without it.': (
        'Data "{date}" non capita ({hint}): cercato senza di essa.'
    ),
    'Range "{text}" not understood ({hint}): searched without it.': (
        'Intervallo "{text}" non capito ({hint}): cercato senza di esso.'
    ),
    'Range "{text}" has no dates ({hint}): searched without it.': (
        'L\'intervallo "{text}" non ha date ({hint}): cercato senza di esso.'
    ),
    'Unknown field "{name}": searched for the words instead.': (
        'Campo sconosciuto "{name}": cercate invece le parole.'
    ),
    'Field "{field}:" has no value: ignored it.': (
        'Il campo "{field}:" non ha un valore: ignorato.'
    ),
    "A range needs a date field, as in published:[2022-01 to 2022-06]: searched for the words "
    "instead.": (
        "Un intervallo ha bisogno di un campo data, come in published:[2022-01 to 2022-06]: "
        "cercate invece le parole."
    ),
    "Unbalanced quote: searched for the words instead of a phrase.": (
        "Virgolette senza chiusura: cercate le parole invece della frase."
    ),
    '"NOT" has nothing after it: ignored it.': '"NOT" non ha niente dopo di sé: ignorato.',
    '"{operator}" has nothing on one side: ignored it.': (
        '"{operator}" non ha niente da un lato: ignorato.'
    ),
    'Unclosed "{char}": searched for the words instead of a range.': (
        '"{char}" non chiuso: cercate le parole invece di un intervallo.'
    ),
    'Stray "{char}": ignored it.': '"{char}" fuori posto: ignorato.',
    # claimants
    "The claimant name is longer than {limit} characters: shorten it.": (
        "Il nome del dichiarante supera i {limit} caratteri: accorcialo."
    ),
    "No claimant named {name!r}: list them with `claimdesk-cli claimants`.": (
        "Nessun dichiarante si chiama {name!r}: elencali con `claimdesk-cli claimants`."
    ),
    "{alias!r} is not an alias of {name!r}: see its aliases with `claimdesk-cli claimants`.": (
        "{alias!r} non è un altro nome di {name!r}: vedine gli altri nomi con "
        "`claimdesk-cli claimants`."
    ),
    "{cleaned!r} already names the claimant {name!r}: merge the two with `claimdesk-cli "
    "claimant merge {naming!r} {name!r}`.": (
        "{cleaned!r} è già un nome del dichiarante {name!r}: unisci i due con "
        "`claimdesk-cli claimant merge {naming!r} {name!r}`."
    ),
    "{cleaned!r} already names {name!r}: nothing to add.": (
        "{cleaned!r} è già un nome di {name!r}: non c'è niente da aggiungere."
    ),
    "{keep!r} and {merge_away!r} already name the same claimant ({name!r}).": (
        "{keep!r} e {merge_away!r} sono già nomi dello stesso dichiarante ({name!r})."
    ),
    # an article's text, and the history
    "The article {title!r} already holds exactly this text: open that one, or change the text.": (
        "L'articolo {title!r} ha già esattamente questo testo: apri quello, o cambia il testo."
    ),
    "That text is already marked by another claim: select other text, or delete one of the two.": (
        "Questo testo è già segnato da un'altra affermazione: seleziona un altro testo, o "
        "elimina una delle due."
    ),
    "That text is now marked by another claim: delete or edit that one first.": (
        "Questo testo ora è segnato da un'altra affermazione: prima eliminala o modificala."
    ),
    "The article of this claim is no longer in the library: import it again first.": (
        "L'articolo di questa affermazione non è più nell'archivio: prima importalo di nuovo."
    ),
    "This article is no longer in the library: import it again first.": (
        "Questo articolo non è più nell'archivio: prima importalo di nuovo."
    ),
    "History entry {history_id} holds no version after its change: choose another entry.": (
        "La voce di cronologia {history_id} non contiene una versione successiva alla modifica: "
        "scegli un'altra voce."
    ),
    "History entry {history_id} holds no version before its change: choose another entry.": (
        "La voce di cronologia {history_id} non contiene una versione precedente alla "
        "modifica: scegli un'altra voce."
    ),
    "History entry {history_id} is about neither an article nor a claim: only articles and "
    "claims have versions to restore.": (
        "La voce di cronologia {history_id} non riguarda né un articolo né un'affermazione: "
        "solo articoli e affermazioni hanno versioni da ripristinare."
    ),
    "No article or claim with id {entity_id!r}: list them with `claims`.": (
        "Nessun articolo e nessuna affermazione hanno l'id {entity_id!r}: elencali con `claims`."
    ),
    "No history entry {history_id} about a claim: check the number.": (
        "Nessuna voce di cronologia {history_id} riguarda un'affermazione: controlla il numero."
    ),
    "No history entry {history_id} about an article: check the number.": (
        "Nessuna voce di cronologia {history_id} riguarda un articolo: controlla il numero."
    ),
    "No history entry {history_id}: list them with `history ID`.": (
        "Non c'è la voce di cronologia {history_id}: elencale con `history ID`."
    ),
    "Nothing in the history has the id {ident!r}: check it with `claims`.": (
        "Niente nella cronologia ha l'id {ident!r}: controllalo con `claims`."
    ),
    "The id {ident!r} fits more than one record: give more characters.": (
        "L'id {ident!r} corrisponde a più di un elemento: scrivi più caratteri."
    ),
    "This version has an unknown {field} {value!r}: restore another version.": (
        "Questa versione ha un valore sconosciuto {value!r} per {field}: ripristina un'altra "
        "versione."
    ),
    "The demo article {file} was refused: {error}": (
        "L'articolo dimostrativo {file} è stato rifiutato: {error}"
    ),
    "Cannot save searches to {path}: {reason}. Check the folder.": (
        "Non si riescono a salvare le ricerche in {path}: {reason}. Controlla la cartella."
    ),
    # library files in: ClaimDesk JSON, bundles, ClaimReview
    "Cannot read {path}: {reason}; check the path.": (
        "Non si riesce a leggere {path}: {reason}; controlla il percorso."
    ),
    "Cannot read {path}: {reason}; check the file.": (
        "Non si riesce a leggere {path}: {reason}; controlla il file."
    ),
    "{name} has a manifest without a valid version: export it again.": (
        "{name} ha un manifesto senza una versione valida: esportalo di nuovo."
    ),
    "{name} has no {required}: it is not a ClaimDesk bundle.": (
        "In {name} manca {required}: non è un pacchetto di ClaimDesk."
    ),
    "{name} holds a file named outside the bundle ({filename!r}): refused; it was not made by "
    "ClaimDesk.": (
        "{name} contiene un file con un nome fuori dal pacchetto ({filename!r}): rifiutato; "
        "non è stato fatto da ClaimDesk."
    ),
    "{name} holds no ClaimDesk library, ClaimReview or Web Annotation: export it again in one "
    "of those formats.": (
        "{name} non contiene un archivio di ClaimDesk, né ClaimReview, né Web Annotation: "
        "esportalo di nuovo in uno di questi formati."
    ),
    "{name} holds no library data: ask for it to be exported again.": (
        "{name} non contiene dati di un archivio: chiedi che venga esportato di nuovo."
    ),
    "{name} holds {count} files, not a ClaimDesk bundle: refused.": (
        "{name} contiene {count} file, non è un pacchetto di ClaimDesk: rifiutato."
    ),
    "{name} holds {filename!r} twice: refused.": (
        "{name} contiene due volte {filename!r}: rifiutato."
    ),
    "{name} holds {filename!r}, not a ClaimDesk file: refused.": (
        "{name} contiene {filename!r}, che non è un file di ClaimDesk: rifiutato."
    ),
    "{name} is damaged (its data does not match its checksum): ask for it to be exported again.": (
        "{name} è danneggiato (i suoi dati non corrispondono al loro checksum): chiedi che "
        "venga esportato di nuovo."
    ),
    "{name} is damaged (the file {filename}… does not match its checksum): ask for it to be "
    "exported again.": (
        "{name} è danneggiato (il file {filename}… non corrisponde al suo checksum): chiedi "
        "che venga esportato di nuovo."
    ),
    "{name} is encrypted: export the bundle again without a password.": (
        "{name} è cifrato: esporta di nuovo il pacchetto senza password."
    ),
    "{name} is larger than {limit} MB: export a smaller bundle (use --query).": (
        "{name} supera i {limit} MB: esporta un pacchetto più piccolo (usa --query)."
    ),
    "{name} is nested too deeply to be read: it is not an export.": (
        "{name} ha troppi livelli annidati per essere letto: non è un'esportazione."
    ),
    "{name} is not UTF-8 text: save it as UTF-8 JSON.": (
        "{name} non è testo UTF-8: salvalo come JSON in UTF-8."
    ),
    "{name} is not a ClaimDesk bundle (its manifest says otherwise).": (
        "{name} non è un pacchetto di ClaimDesk (il suo manifesto dice altro)."
    ),
    "{name} is not a readable ClaimDesk bundle ({reason}): ask for it to be exported again.": (
        "{name} non è un pacchetto di ClaimDesk leggibile ({reason}): chiedi che venga "
        "esportato di nuovo."
    ),
    "{name} is not valid JSON (line {line}, column {column}: {reason}): check the file is "
    "complete.": (
        "{name} non è JSON valido (riga {line}, colonna {column}: {reason}): controlla che il "
        "file sia completo."
    ),
    "{name} is {size} MB, more than the {limit} MB a JSON import may be: split it.": (
        "{name} è di {size} MB, più dei {limit} MB che può avere un'importazione JSON: dividilo."
    ),
    "{name} is {size} MB, more than the {limit} MB a saved page may be: save the page alone.": (
        "{name} è di {size} MB, più dei {limit} MB che può avere una pagina salvata: salva "
        "solo la pagina."
    ),
    "{name} unpacks to more than it declares (limit {megabytes}): refused.": (
        "{name} una volta estratto è più grande di quanto dichiara (limite {megabytes}): rifiutato."
    ),
    "{name} was made by a newer ClaimDesk (bundle version {version}): update ClaimDesk to "
    "import it.": (
        "{name} è stato fatto da un ClaimDesk più recente (versione del pacchetto {version}): "
        "aggiorna ClaimDesk per importarlo."
    ),
    "{name} would unpack to more than {megabytes}: refused (export a smaller bundle with "
    "--query).": (
        "{name} una volta estratto supererebbe {megabytes}: rifiutato (esporta un pacchetto "
        "più piccolo con --query)."
    ),
    "{value!r} is not a calendar date: fix it or export again.": (
        "{value!r} non è una data del calendario: correggila o esporta di nuovo."
    ),
    "{what} holds no ClaimReview: export the fact-checks as ClaimReview JSON-LD, a DataFeed of "
    "them, or a saved fact-check page carrying their markup.": (
        "{what} non contiene ClaimReview: esporta le verifiche come ClaimReview JSON-LD, come "
        "un loro DataFeed, o come una pagina di verifica salvata che ne porti il markup."
    ),
    "{what} holds {empty} ClaimReview but none says which claim it reviews (no "
    "claimReviewed, itemReviewed text or name): add claimReviewed and import it again.": (
        "{what} contiene {empty} ClaimReview ma nessuno dice quale affermazione verifica (manca "
        "claimReviewed, o il testo o il nome di itemReviewed): aggiungi claimReviewed e "
        "importalo di nuovo."
    ),
    "{what} holds {noun} {ident} twice: export it again.": (
        "{what} contiene due volte {noun} {ident}: esportalo di nuovo."
    ),
    "the article": "l'articolo",
    "the claim": "l'affermazione",
    "the claimant": "il dichiarante",
    "the evidence": "la prova",
    "{what} is not valid at {where} ({message}): export it again from ClaimDesk.": (
        "{what} non è valido in {where} ({message}): esportalo di nuovo da ClaimDesk."
    ),
    "{what} was written by a newer ClaimDesk (format version {version}): update ClaimDesk to "
    "import it.": (
        "{what} è stato scritto da un ClaimDesk più recente (versione del formato {version}): "
        "aggiorna ClaimDesk per importarlo."
    ),
    "{what}: a link names claim {end}, which is neither in the file nor in this library; "
    "export it again.": (
        "{what}: un collegamento nomina l'affermazione {end}, che non è né nel file né in "
        "questo archivio; esportalo di nuovo."
    ),
    "{what}: claim {claim} belongs to article {article}, which is neither in the file nor in "
    "this library; export it with its article.": (
        "{what}: l'affermazione {claim} appartiene all'articolo {article}, che non è né nel "
        "file né in questo archivio; esportala con il suo articolo."
    ),
    "{what}: claim {claim} ends before it starts.": (
        "{what}: l'affermazione {claim} finisce prima di iniziare."
    ),
    "{what}: claim {claim} names claimant {owner}, which is not in the file: export it again.": (
        "{what}: l'affermazione {claim} nomina il dichiarante {owner}, che non è nel file: "
        "esportala di nuovo."
    ),
    "Article {article} was changed to the text of article {other}: remove one of them, then "
    "import again.": (
        "L'articolo {article} è stato cambiato nel testo dell'articolo {other}: togline uno, "
        "poi importa di nuovo."
    ),
    # the desk's own
    "Unknown export format {format!r}: use one of {choices}.": (
        "Formato di esportazione sconosciuto {format!r}: usa uno fra {choices}."
    ),
    "Unknown interchange format {format!r}: use one of {choices}.": (
        "Formato di scambio sconosciuto {format!r}: usa uno fra {choices}."
    ),
    "The search {query!r} finds nothing: there is nothing to bundle.": (
        "La ricerca {query!r} non trova niente: non c'è niente da mettere nel pacchetto."
    ),
    "{path} is a folder: choose one file.": "{path} è una cartella: scegli un file.",
    "{name} is larger than {megabytes} MB: keep a link to it instead, or an excerpt.": (
        "{name} supera i {megabytes} MB: conserva invece un collegamento, o un estratto."
    ),
    # similar claims: why two claims may say the same thing
    "same numbers ({numbers})": "stessi numeri ({numbers})",
    "different numbers ({mine} vs {theirs})": "numeri diversi ({mine} contro {theirs})",
    "{shared} of {total} words shared": "parole in comune: {shared} su {total}",
    "same date {dates}": "stessa data {dates}",
    "same year {years}": "stesso anno {years}",
    "different years ({mine} vs {theirs})": "anni diversi ({mine} contro {theirs})",
    "same names ({names})": "stessi nomi ({names})",
    "same claimant": "stesso dichiarante",
    "names the author ({names})": "nomina l'autore ({names})",
    "reference claim (ClaimReview)": "affermazione di riferimento (ClaimReview)",
    "meaning {alike:.2f} alike": "somiglianza di significato {alike:.2f}",
    # claimants that are probably one
    "the same name: {first!r} and {second!r}": "lo stesso nome: “{first}” e “{second}”",
    "both name {actor}: {second!r} is another name of it, like {grouped} you already grouped "
    "under {first!r}": (
        "entrambi indicano {actor}: “{second}” è un altro suo nome, come {grouped} che hai già "
        "raggruppato sotto “{first}”"
    ),
    "both name {actor}: {first!r} and {second!r}": (
        "entrambi indicano {actor}: “{first}” e “{second}”"
    ),
    "{surname!r} is the surname of {name!r}": "“{surname}” è il cognome di “{name}”",
    "{code!r} is not a two-letter language code (it, en).": (
        "{code!r} non è un codice di lingua di due lettere (it, en)."
    ),
    "Evidence {evidence} is not a file: it is {source}.": (
        "La prova {evidence} non è un file: è {source}."
    ),
    # what an import of library files did
    "published fact-checks": "verifiche pubblicate",
    "{added} {noun} added, {updated} updated, {unchanged} unchanged, {skipped} skipped": (
        "{noun}: {added} aggiunte, {updated} aggiornate, {unchanged} invariate, {skipped} saltate"
    ),
    "{added} {noun} added, {updated} updated, {unchanged} unchanged": (
        "{noun}: {added} aggiunte, {updated} aggiornate, {unchanged} invariate"
    ),
    "{added} added, {updated} updated, {unchanged} unchanged, {conflicts} merged with "
    "conflicts, {skipped} skipped": (
        "{added} aggiunti, {updated} aggiornati, {unchanged} invariati, {conflicts} uniti con "
        "conflitti, {skipped} saltati"
    ),
    "{added} added, {updated} updated, {unchanged} unchanged, {conflicts} merged with conflicts": (
        "{added} aggiunti, {updated} aggiornati, {unchanged} invariati, {conflicts} uniti con "
        "conflitti"
    ),
    "The team database cannot be reached: these results come from this computer's index and "
    "may miss the latest changes.": (
        "Il database del gruppo non è raggiungibile: questi risultati vengono dall'indice di "
        "questo computer e potrebbero non contenere le ultime modifiche."
    ),
    "The search index is being rebuilt: these results may miss records until it is done.": (
        "L'indice di ricerca è in ricostruzione: finché non è finita, in questi risultati "
        "potrebbe mancare qualcosa."
    ),
}
