<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Accessibility</name>
    <message>
        <source>Linked claims</source>
        <translation>Affermazioni collegate</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Azione del messaggio</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Dettagli del messaggio</translation>
    </message>
    <message>
        <source>Contested claims</source>
        <translation>Affermazioni contestate</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Claims of the claimant</source>
        <translation>Affermazioni del dichiarante</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>Dichiaranti</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Unioni suggerite</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Ricerche salvate</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Filtri di ricerca</translation>
    </message>
    <message>
        <source>Search articles and claims</source>
        <translation>Cerca negli articoli e nelle affermazioni</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Sezioni dell&apos;archivio</translation>
    </message>
    <message>
        <source>Filter articles by title or outlet</source>
        <translation>Filtra gli articoli per titolo o testata</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>Orphaned claims</source>
        <translation>Affermazioni non ancorate</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation>Affermazioni simili</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>Import from an address</source>
        <translation>Importa da un indirizzo</translation>
    </message>
    <message>
        <source>ClaimDesk fetches the page, imports its article and keeps the page as it was received (its snapshot), with the moment it was captured.</source>
        <translation>ClaimDesk scarica la pagina, ne importa l&apos;articolo e conserva la pagina così come è arrivata (la sua istantanea), con il momento in cui è stata acquisita.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>The address is empty: paste the page&apos;s address (https://…).</source>
        <translation>L&apos;indirizzo è vuoto: incolla l&apos;indirizzo della pagina (https://…).</translation>
    </message>
    <message>
        <source>“{url}” is not a web address: give one that starts with https:// or http://.</source>
        <translation>“{url}” non è un indirizzo web: indicane uno che inizi con https:// o http://.</translation>
    </message>
    <message>
        <source>Fetching {host}…</source>
        <translation>Scaricamento da {host}…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>ClaimDesk cannot open the library</source>
        <translation>ClaimDesk non riesce ad aprire l&apos;archivio</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <source>Edit article properties</source>
        <translation>Modifica proprietà dell&apos;articolo</translation>
    </message>
    <message>
        <source>Edit article text</source>
        <translation>Modifica testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>Attach denial</source>
        <translation>Aggancia smentita</translation>
    </message>
    <message>
        <source>Attach claim</source>
        <translation>Aggancia affermazione</translation>
    </message>
</context>
<context>
    <name>ArticleEditing</name>
    <message>
        <source>Open an article first: pick one in the library.</source>
        <translation>Apri prima un articolo: scegline uno nell&apos;archivio.</translation>
    </message>
    <message>
        <source>The article&apos;s text is back as it was.</source>
        <translation>Il testo dell&apos;articolo è tornato com&apos;era.</translation>
    </message>
    <message>
        <source>{count} claim could not be placed in the corrected text: it is listed under Orphaned claims; select new text and press A to attach it.</source>
        <translation>{count} affermazione non è stata collocata nel testo corretto: è elencata in Affermazioni non ancorate; seleziona il nuovo testo e premi A per agganciarla.</translation>
    </message>
    <message>
        <source>{count} claims could not be placed in the corrected text: they are listed under Orphaned claims; select new text and press A to attach one.</source>
        <translation>{count} affermazioni non sono state collocate nel testo corretto: sono elencate in Affermazioni non ancorate; seleziona il nuovo testo e premi A per agganciarne una.</translation>
    </message>
    <message>
        <source>Text corrected.</source>
        <translation>Testo corretto.</translation>
    </message>
    <message>
        <source>Text corrected; {count} claim placed in the new text.</source>
        <translation>Testo corretto; {count} affermazione collocata nel nuovo testo.</translation>
    </message>
    <message>
        <source>Text corrected; {count} claims placed in the new text.</source>
        <translation>Testo corretto; {count} affermazioni collocate nel nuovo testo.</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <source>Article properties</source>
        <translation>Proprietà dell&apos;articolo</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>Name Surname, Name Surname</source>
        <translation>Nome Cognome, Nome Cognome</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separate, da virgole</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>Te&amp;stata</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Data di pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Autori</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etichette</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>testo incollato</translation>
    </message>
    <message>
        <source>From {source} ({format}), imported {date}</source>
        <translation>Da {source} ({format}), importato il {date}</translation>
    </message>
    <message>
        <source>The title is empty: give the article a title.</source>
        <translation>Il titolo è vuoto: dai un titolo all&apos;articolo.</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>smentita</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>smentite</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>A shared database is backed up and restored with its server&apos;s tools (pg_dump, pg_restore).</source>
        <translation>Un database condiviso si salva e si ripristina con gli strumenti del suo server (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <source>Back up the library</source>
        <translation>Backup dell&apos;archivio</translation>
    </message>
    <message>
        <source>ClaimDesk libraries (*.sqlite)</source>
        <translation>Archivi ClaimDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Library backed up to {path}.</source>
        <translation>Backup dell&apos;archivio salvato in {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Ripristino del backup…</translation>
    </message>
    <message>
        <source>Library restored from {backup}.</source>
        <translation>Archivio ripristinato da {backup}.</translation>
    </message>
    <message>
        <source>Library restored from {backup}. The library as it was is kept as {kept}.</source>
        <translation>Archivio ripristinato da {backup}. L&apos;archivio com&apos;era è conservato come {kept}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>daily</source>
        <translation>giornaliero</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>article</source>
        <translation>articolo</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articoli</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>{articles} and {claims}</source>
        <translation>{articles} e {claims}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>ClaimDesk keeps a copy of this library every day it is opened, and before an update or a restore changes it. Restoring a copy replaces the library; the library as it is now is kept as a copy first, so nothing is lost.</source>
        <translation>ClaimDesk conserva una copia di questo archivio ogni giorno in cui viene aperto, e prima che un aggiornamento o un ripristino lo modifichi. Ripristinare una copia sostituisce l&apos;archivio; l&apos;archivio com&apos;è ora viene prima conservato come copia, quindi non si perde nulla.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eseguito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backup, dal più recente</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Altro &amp;file…</translation>
    </message>
    <message>
        <source>Restore a copy kept elsewhere (Back up now…)</source>
        <translation>Ripristina una copia conservata altrove (Esegui backup ora…)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Ancora nessun backup in {folder}.</translation>
    </message>
    <message>
        <source>{file}: {holds}.</source>
        <translation>{file}: {holds}.</translation>
    </message>
    <message>
        <source>Restore the library as it was on {taken}?</source>
        <translation>Ripristinare l&apos;archivio com&apos;era il {taken}?</translation>
    </message>
    <message>
        <source>The library will hold {holds}. Changes made since then leave the library, but are not lost: the library as it is now is kept in the backups folder, where you can restore it the same way.</source>
        <translation>L&apos;archivio conterrà {holds}. Le modifiche fatte da allora escono dall&apos;archivio, ma non vanno perse: l&apos;archivio com&apos;è ora viene conservato nella cartella dei backup, da cui puoi ripristinarlo allo stesso modo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore from a copy</source>
        <translation>Ripristina da una copia</translation>
    </message>
    <message>
        <source>ClaimDesk libraries (*.sqlite);;All files (*)</source>
        <translation>Archivi ClaimDesk (*.sqlite);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing marked yet.</source>
        <translation>Nessuna affermazione ancora segnata.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e altri {count}</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>smentita</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>smentite</translation>
    </message>
    <message>
        <source>{label}: {claims}, {denials}</source>
        <translation>{label}: {claims}, {denials}</translation>
    </message>
    <message>
        <source>Click to search for them.</source>
        <translation>Fai clic per cercarle.</translation>
    </message>
</context>
<context>
    <name>CheckedPanel</name>
    <message>
        <source>undated</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>nessun giudizio</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Simili</translation>
    </message>
    <message>
        <source>Similar claims and links (Ctrl+L)</source>
        <translation>Affermazioni simili e collegamenti (Ctrl+L)</translation>
    </message>
    <message>
        <source>Checked before</source>
        <translation>Già verificato</translation>
    </message>
    <message>
        <source>Fact-checks other outlets published on this claim</source>
        <translation>Verifiche che altre testate hanno pubblicato su questa affermazione</translation>
    </message>
    <message>
        <source>Checked before ({count})</source>
        <translation>Già verificato ({count})</translation>
    </message>
    <message>
        <source>The review gives no link.</source>
        <translation>La verifica non indica un link.</translation>
    </message>
    <message>
        <source>Select a claim to see the fact-checks already published.</source>
        <translation>Seleziona un&apos;affermazione per vedere le verifiche già pubblicate.</translation>
    </message>
    <message>
        <source>Looking for published fact-checks…</source>
        <translation>Ricerca delle verifiche pubblicate…</translation>
    </message>
    <message>
        <source>{count} published: Enter opens the fact-check.</source>
        <translation>{count} pubblicate: Invio apre la verifica.</translation>
    </message>
    <message>
        <source>No published fact-check matches this claim (import an archive of ClaimReview files or saved fact-check pages to look further).</source>
        <translation>Nessuna verifica pubblicata corrisponde a questa affermazione (importa un archivio di file ClaimReview o di pagine di verifica salvate per cercare oltre).</translation>
    </message>
</context>
<context>
    <name>ClaimActions</name>
    <message>
        <source>No suggestion here: press G (or Alt+N) to go to the next one, faintly underlined in the text.</source>
        <translation>Nessun suggerimento qui: premi G (o Alt+N) per andare al successivo, sottolineato leggermente nel testo.</translation>
    </message>
    <message>
        <source>Select text first: click a sentence, press J / K, or drag over any span.</source>
        <translation>Seleziona prima del testo: fai clic su una frase, premi J / K o trascina su un passaggio qualsiasi.</translation>
    </message>
    <message>
        <source>That text is already marked: its claim is selected now. Edit it in the inspector, or select other text.</source>
        <translation>Questo testo è già segnato: ora è selezionata la sua affermazione. Modificala nell&apos;ispettore, o seleziona un altro testo.</translation>
    </message>
    <message>
        <source>Mark a long selection</source>
        <translation>Segna una selezione lunga</translation>
    </message>
    <message>
        <source>Mark these {count} sentences as one denial?</source>
        <translation>Segnare queste {count} frasi come una sola smentita?</translation>
    </message>
    <message>
        <source>Mark these {count} sentences as one claim?</source>
        <translation>Segnare queste {count} frasi come una sola affermazione?</translation>
    </message>
    <message>
        <source>A claim is usually one sentence or a part of one: click a sentence or drag over the words, then press C or D.</source>
        <translation>Di solito un&apos;affermazione è una frase o una sua parte: fai clic su una frase o trascina sulle parole, poi premi C o D.</translation>
    </message>
    <message>
        <source>No claim is selected: click a highlighted claim first.</source>
        <translation>Nessuna affermazione selezionata: fai prima clic su un&apos;affermazione evidenziata.</translation>
    </message>
    <message>
        <source>Suggestion dismissed.</source>
        <translation>Suggerimento scartato.</translation>
    </message>
    <message>
        <source>No orphaned claim to attach: A re-attaches a claim listed under Orphaned claims.</source>
        <translation>Nessuna affermazione non ancorata da agganciare: A riaggancia un&apos;affermazione elencata in Affermazioni non ancorate.</translation>
    </message>
    <message>
        <source>Select the claim&apos;s new text in the article first, then press A.</source>
        <translation>Seleziona prima il nuovo testo dell&apos;affermazione nell&apos;articolo, poi premi A.</translation>
    </message>
</context>
<context>
    <name>ClaimantsView</name>
    <message>
        <source>Merge “{away}” into “{keep}”?

Every claim of “{away}” will be attributed to “{keep}”, and “{away}” becomes one of its aliases. This cannot be undone with Ctrl+Z.</source>
        <translation>Unire “{away}” con “{keep}”?

Ogni affermazione di “{away}” sarà attribuita a “{keep}” e “{away}” diventerà uno dei suoi alias. L&apos;operazione non si può annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Filter claimants by name or alias</source>
        <translation>Filtra i dichiaranti per nome o alias</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Merge the chosen suggestion (asks first)</source>
        <translation>Unisci secondo il suggerimento scelto (chiede conferma)</translation>
    </message>
    <message>
        <source>No suggested merges.</source>
        <translation>Nessuna unione suggerita.</translation>
    </message>
    <message>
        <source>CLAIMANTS</source>
        <translation>DICHIARANTI</translation>
    </message>
    <message>
        <source>SUGGESTED MERGES</source>
        <translation>UNIONI SUGGERITE</translation>
    </message>
    <message>
        <source>Choose a claimant</source>
        <translation>Scegli un dichiarante</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Unisci a…</translation>
    </message>
    <message>
        <source>Attribute every claim of this claimant to another one</source>
        <translation>Attribuisci ogni affermazione di questo dichiarante a un altro</translation>
    </message>
    <message>
        <source>Another name for this claimant (e.g. Mosca)</source>
        <translation>Un altro nome per questo dichiarante (es. Mosca)</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Aggiungi alias</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the chosen alias</source>
        <translation>Rimuovi l&apos;alias scelto</translation>
    </message>
    <message>
        <source>ALIASES</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>CLAIMS AND DENIALS BY MONTH</source>
        <translation>AFFERMAZIONI E SMENTITE PER MESE</translation>
    </message>
    <message>
        <source>CLAIMS AND DENIALS</source>
        <translation>AFFERMAZIONI E SMENTITE</translation>
    </message>
    <message>
        <source>Attribute every claim of “{name}” to:</source>
        <translation>Attribuisci ogni affermazione di “{name}” a:</translation>
    </message>
    <message>
        <source>Merge claimants</source>
        <translation>Unisci dichiaranti</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>caricamento…</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>smentita</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>smentite</translation>
    </message>
    <message>
        <source>also called {names}</source>
        <translation>detto anche {names}</translation>
    </message>
</context>
<context>
    <name>ConfirmMetadataDialog</name>
    <message>
        <source>Place: {place}</source>
        <translation>Luogo: {place}</translation>
    </message>
    <message>
        <source>Check the article&apos;s details</source>
        <translation>Controlla i dati dell&apos;articolo</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>testo incollato</translation>
    </message>
    <message>
        <source>Article {position} of {count}: {source}</source>
        <translation>Articolo {position} di {count}: {source}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importato da {source}</translation>
    </message>
    <message>
        <source>Found in the article and its file. Correct what is wrong: relative dates in the text (“last year”) count from the date. Enter saves.</source>
        <translation>Trovati nell&apos;articolo e nel suo file. Correggi ciò che è sbagliato: le date relative nel testo («lo scorso anno») si contano dalla data. Invio salva.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>Empty: the article has no date</source>
        <translation>Vuota: l&apos;articolo non ha una data</translation>
    </message>
    <message>
        <source>Kept in the article&apos;s notes as “Place: …”</source>
        <translation>Conservato nelle note dell&apos;articolo come «Luogo: …»</translation>
    </message>
    <message>
        <source>Dateline: {dateline}</source>
        <translation>In apertura: {dateline}</translation>
    </message>
    <message>
        <source>No dateline at the start of the text.</source>
        <translation>Il testo non si apre con luogo e data.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>Te&amp;stata</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Luo&amp;go</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Keep these details (Enter)</source>
        <translation>Tieni questi dati (Invio)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Leave the article as it was imported (Esc)</source>
        <translation>Lascia l&apos;articolo com&apos;è stato importato (Esc)</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Salta i restanti</translation>
    </message>
    <message>
        <source>Leave this and every article still to check as imported</source>
        <translation>Lascia questo e ogni articolo ancora da controllare come sono stati importati</translation>
    </message>
    <message>
        <source>The title is empty: give the article a title.</source>
        <translation>Il titolo è vuoto: dai un titolo all&apos;articolo.</translation>
    </message>
</context>
<context>
    <name>ConflictCase</name>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>dichiarante</translation>
    </message>
    <message>
        <source>claim text</source>
        <translation>testo dell&apos;affermazione</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdetto</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>spiegazione</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etichette</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by {who} at {when} while you were editing.</source>
        <translation>Modificata da {who} alle {when} mentre la stavi modificando.</translation>
    </message>
    <message>
        <source>{field}: {theirs} (you did not change it)</source>
        <translation>{field}: {theirs} (non l&apos;hai cambiato)</translation>
    </message>
    <message>
        <source>{field}: {theirs} ← yours: {yours}</source>
        <translation>{field}: {theirs} ← il tuo: {yours}</translation>
    </message>
    <message>
        <source>Someone else changed this claim</source>
        <translation>Qualcun altro ha modificato questa affermazione</translation>
    </message>
    <message>
        <source>Nothing of yours is saved yet. Compare the two, then keep their version or save yours over it; the claim&apos;s history records either way.</source>
        <translation>Nessuna tua modifica è ancora salvata. Confronta le due versioni, poi mantieni la loro o salva la tua al suo posto; la cronologia delle modifiche dell&apos;affermazione registra entrambe le scelte.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Mantieni la loro</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Salva la mia</translation>
    </message>
    <message>
        <source>Save mine writes the fields you changed; any field only {who} changed keeps {who}&apos;s value.</source>
        <translation>Salva la mia scrive i campi che hai cambiato; ogni campo cambiato solo da {who} mantiene il valore di {who}.</translation>
    </message>
    <message>
        <source>Saved now by {who}</source>
        <translation>Salvata ora da {who}</translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation>La tua, non salvata</translation>
    </message>
    <message>
        <source>you did not change it</source>
        <translation>non l&apos;hai cambiato</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The team database cannot be reached: what you see stays readable; edits are not saved until it is back.</source>
        <translation>Il database del team non è raggiungibile: ciò che vedi resta leggibile; le modifiche non vengono salvate finché non torna disponibile.</translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Di nuovo connesso.</translation>
    </message>
</context>
<context>
    <name>ContestedView</name>
    <message>
        <source>Contested claims</source>
        <translation>Affermazioni contestate</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denial or contradiction</source>
        <translation>smentita o contraddizione</translation>
    </message>
    <message>
        <source>denials or contradictions</source>
        <translation>smentite o contraddizioni</translation>
    </message>
    <message>
        <source>{claims} answered by {answers}. Double-click either side to open it.</source>
        <translation>{claims}, con {answers} in risposta. Fai doppio clic su una delle due colonne per aprire l&apos;affermazione.</translation>
    </message>
    <message>
        <source>No claim is answered yet: link a denial to the claim it answers (select the denial, then D on a similar claim, or “denies” under the inspector).</source>
        <translation>Nessuna affermazione ha ancora una risposta: collega una smentita all&apos;affermazione a cui risponde (seleziona la smentita, poi D su un&apos;affermazione simile, oppure “smentisce” sotto l&apos;ispettore).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>{text} is not a date: write it as year-month-day, 2023-11-09.</source>
        <translation>{text} non è una data: scrivila come anno-mese-giorno, 2023-11-09.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>start</source>
        <translation>inizio</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>metà</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>before</source>
        <translation>prima</translation>
    </message>
    <message>
        <source>after</source>
        <translation>dopo</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>entro</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>a partire da</translation>
    </message>
    <message>
        <source>about</source>
        <translation>circa</translation>
    </message>
    <message>
        <source>century</source>
        <translation>secolo</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>decennio</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <source>season</source>
        <translation>stagione</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>week</source>
        <translation>settimana</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>riferimento</translation>
    </message>
    <message>
        <source>{value} ({granularity})</source>
        <translation>{value} ({granularity})</translation>
    </message>
    <message>
        <source>{value}, {modifier} ({granularity})</source>
        <translation>{value}, {modifier} ({granularity})</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>Drop files or folders to import them</source>
        <translation>Trascina qui file o cartelle per importarli</translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
    <message>
        <source>Import files…  Ctrl+I</source>
        <translation>Importa file…  Ctrl+I</translation>
    </message>
    <message>
        <source>Paste an article…  Ctrl+Shift+V</source>
        <translation>Incolla un articolo…  Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Open the demo articles</source>
        <translation>Apri gli articoli di esempio</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>L&apos;archivio è vuoto</translation>
    </message>
    <message>
        <source>Import news articles ({formats}), drop files or folders here, or paste one; then select a sentence and press C to mark a claim or D a denial.
New here? The demo opens a library with a few articles to try things on.</source>
        <translation>Importa articoli di giornale ({formats}), trascina qui file o cartelle, oppure incollane uno; poi seleziona una frase e premi C per segnare un&apos;affermazione o D per una smentita.
Prima volta qui? L&apos;esempio apre un archivio con alcuni articoli su cui fare prove.</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>Scegli un articolo</translation>
    </message>
    <message>
        <source>{count} article in the library. Pick one on the left, search with Ctrl+F, or drop more files here.</source>
        <translation>{count} articolo nell&apos;archivio. Scegline uno a sinistra, cerca con Ctrl+F o trascina qui altri file.</translation>
    </message>
    <message>
        <source>{count} articles in the library. Pick one on the left, search with Ctrl+F, or drop more files here.</source>
        <translation>{count} articoli nell&apos;archivio. Scegline uno a sinistra, cerca con Ctrl+F o trascina qui altri file.</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Evidence: a file</source>
        <translation>Prova: un file</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Aggiungi prova</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Modifica prova</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Rimuovi prova</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>Sposta prova</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence: a web page</source>
        <translation>Prova: una pagina web</translation>
    </message>
    <message>
        <source>Evidence: a file</source>
        <translation>Prova: un file</translation>
    </message>
    <message>
        <source>Evidence: a note</source>
        <translation>Prova: una nota</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>where it comes from: a call, a book, an e-mail</source>
        <translation>da dove viene: una telefonata, un libro, un&apos;e-mail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>what it is, for the report</source>
        <translation>che cos&apos;è, per il rapporto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultata il</translation>
    </message>
    <message>
        <source>Give the source first.</source>
        <translation>Indica prima la fonte.</translation>
    </message>
    <message>
        <source>That is not a web address: it starts with https:// or http://.</source>
        <translation>Non è un indirizzo web: comincia con https:// o http://.</translation>
    </message>
    <message>
        <source>The day consulted is in the future.</source>
        <translation>Il giorno di consultazione è nel futuro.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Evidence of the claim</source>
        <translation>Prove dell&apos;affermazione</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuna</translation>
    </message>
    <message>
        <source>No evidence yet: add the sources the verdict rests on.</source>
        <translation>Ancora nessuna prova: aggiungi le fonti su cui si basa il verdetto.</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Aggiungi</translation>
    </message>
    <message>
        <source>A &amp;link…</source>
        <translation>Un &amp;link…</translation>
    </message>
    <message>
        <source>A &amp;file…</source>
        <translation>Un &amp;file…</translation>
    </message>
    <message>
        <source>A &amp;note…</source>
        <translation>Una &amp;nota…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Save the report</source>
        <translation>Salva il rapporto</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>search {query}</source>
        <translation>ricerca {query}</translation>
    </message>
</context>
<context>
    <name>FacetTree</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Dichiarante</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Narrow the search with {term}</source>
        <translation>Restringi la ricerca con {term}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>ClaimDesk user guide</source>
        <translation>Guida di ClaimDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guida</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Open an article first to see its history.</source>
        <translation>Apri prima un articolo per vederne la cronologia.</translation>
    </message>
    <message>
        <source>The claim is already that version: nothing changed.</source>
        <translation>L&apos;affermazione è già in quella versione: non è cambiato nulla.</translation>
    </message>
    <message>
        <source>The article is already that version: nothing changed.</source>
        <translation>L&apos;articolo è già in quella versione: non è cambiato nulla.</translation>
    </message>
    <message>
        <source>Claim restored. The restore is the newest change in its history, where it can be undone.</source>
        <translation>Affermazione ripristinata. Il ripristino è la modifica più recente nella sua cronologia, dove si può annullare.</translation>
    </message>
    <message>
        <source>Article restored. The restore is the newest change in its history, where it can be undone.</source>
        <translation>Articolo ripristinato. Il ripristino è la modifica più recente nella sua cronologia, dove si può annullare.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>Every change to this claim: who, when, before and after</source>
        <translation>Ogni modifica a questa affermazione: chi, quando, prima e dopo</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Modifiche, dalla più recente</translation>
    </message>
    <message>
        <source>The change, before and after</source>
        <translation>La modifica, prima e dopo</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Ripristina questa versione</translation>
    </message>
    <message>
        <source>Go back to the state this change left; nothing is lost: the restore is itself a change you can undo here</source>
        <translation>Torna allo stato lasciato da questa modifica; non si perde nulla: il ripristino è a sua volta una modifica che puoi annullare qui</translation>
    </message>
    <message>
        <source>&amp;Undo this change</source>
        <translation>Annulla &amp;questa modifica</translation>
    </message>
    <message>
        <source>Go back to the state before this change</source>
        <translation>Torna allo stato precedente a questa modifica</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lettura della cronologia…</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Nessuna modifica registrata finora.</translation>
    </message>
    <message>
        <source>1 change, newest first.</source>
        <translation>1 modifica, dalla più recente.</translation>
    </message>
    <message>
        <source>{count} changes, newest first.</source>
        <translation>{count} modifiche, dalla più recente.</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>CRONOLOGIA</translation>
    </message>
    <message>
        <source>Article history</source>
        <translation>Cronologia dell&apos;articolo</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>dichiarante</translation>
    </message>
    <message>
        <source>claim text</source>
        <translation>testo dell&apos;affermazione</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdetto</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>spiegazione</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etichette</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>testata</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>data di pubblicazione</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>autori</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>link</source>
        <translation>collegamento</translation>
    </message>
    <message>
        <source>linked claim</source>
        <translation>affermazione collegata</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creazione</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <source>older version restored</source>
        <translation>ripristino di una versione precedente</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>recupero</translation>
    </message>
    <message>
        <source>text edited</source>
        <translation>modifica del testo</translation>
    </message>
    <message>
        <source>placed again after a text edit</source>
        <translation>nuovo ancoraggio dopo una modifica del testo</translation>
    </message>
    <message>
        <source>attached to new text</source>
        <translation>aggancio a un nuovo passaggio</translation>
    </message>
    <message>
        <source>repaired by the check</source>
        <translation>riparazione dal controllo</translation>
    </message>
    <message>
        <source>merged from another desk</source>
        <translation>unione da un&apos;altra postazione</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>collegamento aggiunto</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>collegamento rimosso</translation>
    </message>
    <message>
        <source>alias added</source>
        <translation>alias aggiunto</translation>
    </message>
    <message>
        <source>alias removed</source>
        <translation>alias rimosso</translation>
    </message>
    <message>
        <source>merged into another claimant</source>
        <translation>unione in un altro dichiarante</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caratteri</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>nessuna modifica visibile</translation>
    </message>
    <message>
        <source>{action} · {when} · {who}</source>
        <translation>{action} · {when} · {who}</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Nessun campo modificato.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Articoli ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Importa una cartella di articoli</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>No importable files found: ClaimDesk reads {formats}.</source>
        <translation>Nessun file importabile trovato: ClaimDesk legge {formats}.</translation>
    </message>
    <message>
        <source>{count} imported</source>
        <translation>importati {count}</translation>
    </message>
    <message>
        <source>{count} merged (interchange, fact-checks)</source>
        <translation>uniti {count} (interscambio, verifiche)</translation>
    </message>
    <message>
        <source>{count} duplicate</source>
        <translation>duplicati {count}</translation>
    </message>
    <message>
        <source>{count} duplicates</source>
        <translation>duplicati {count}</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>rifiutati {count}</translation>
    </message>
    <message>
        <source>Import cancelled after {done} of {count} file</source>
        <translation>Importazione annullata dopo {done} di {count} file</translation>
    </message>
    <message>
        <source>Import cancelled after {done} of {count} files</source>
        <translation>Importazione annullata dopo {done} di {count} file</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} file</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} file</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>testo incollato</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>l&apos;articolo</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>Importato “{title}”.</translation>
    </message>
    <message>
        <source>“{title}” is already in the library: this capture is kept as its latest snapshot, and the article is open now.</source>
        <translation>“{title}” è già nell&apos;archivio: questa acquisizione è conservata come la sua istantanea più recente, e l&apos;articolo ora è aperto.</translation>
    </message>
    <message>
        <source>“{title}” is already in the library: it is open now.</source>
        <translation>“{title}” è già nell&apos;archivio: ora è aperto.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Il testo</translation>
    </message>
    <message>
        <source>{name}, page {page} of {pages}</source>
        <translation>{name}, pagina {page} di {pages}</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop after the file or page being read now</source>
        <translation>Ferma dopo il file o la pagina in lettura</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Importing {number} of {total} — {name}</source>
        <translation>Importazione {number} di {total} — {name}</translation>
    </message>
</context>
<context>
    <name>IndexNotice</name>
    <message>
        <source>Another ClaimDesk window or command keeps this library&apos;s search index. Your edits are saved as usual; search finds them once that one catches up, or as soon as it closes.</source>
        <translation>Un&apos;altra finestra o un altro comando di ClaimDesk gestisce l&apos;indice di ricerca di questo archivio. Le tue modifiche vengono salvate come sempre; la ricerca le trova quando l&apos;altro si aggiorna, o appena si chiude.</translation>
    </message>
    <message>
        <source>This window keeps the search index now: search is up to date.</source>
        <translation>Ora è questa finestra a gestire l&apos;indice di ricerca: la ricerca è aggiornata.</translation>
    </message>
</context>
<context>
    <name>IndexRebuild</name>
    <message>
        <source>Search index rebuild progress</source>
        <translation>Avanzamento della ricostruzione dell&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop rebuilding; the index is rebuilt at the next start</source>
        <translation>Interrompi la ricostruzione; l&apos;indice verrà ricostruito al prossimo avvio</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Ricostruzione dell&apos;indice di ricerca…</translation>
    </message>
    <message>
        <source>Search index rebuilt: {count} records in {seconds} s.</source>
        <translation>Indice di ricerca ricostruito: {count} elementi in {seconds} s.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: {reason}</source>
        <translation>Non è stato possibile ricostruire l&apos;indice di ricerca: {reason}</translation>
    </message>
    <message>
        <source>Rebuilding the search index was stopped; search may miss records until it is rebuilt (File &gt; Rebuild search index).</source>
        <translation>La ricostruzione dell&apos;indice di ricerca è stata interrotta; la ricerca potrebbe non trovare alcuni elementi finché non viene ricostruito (File &gt; Ricostruisci l&apos;indice di ricerca).</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>No claim selected.

Select text in the article and press C (claim) or D (denial), or click a highlighted claim.</source>
        <translation>Nessuna affermazione selezionata.

Seleziona del testo nell&apos;articolo e premi C (affermazione) o D (smentita), oppure fai clic su un&apos;affermazione evidenziata.</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>AFFERMAZIONE</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>who says it (type a new name to add)</source>
        <translation>chi lo dice (digita un nuovo nome per aggiungerlo)</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>dichiarante</translation>
    </message>
    <message>
        <source>a short neutral wording (defaults to the quote)</source>
        <translation>una formulazione breve e neutra (in mancanza, la citazione)</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdetto</translation>
    </message>
    <message>
        <source>why this verdict</source>
        <translation>perché questo verdetto</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>spiegazione</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separate, da virgole</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etichette</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>prove</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citazione</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>date</translation>
    </message>
    <message>
        <source>This claim&apos;s quote is no longer found in the text (orphaned). created {created} · updated {updated}</source>
        <translation>La citazione di questa affermazione non si trova più nel testo (non ancorata). Creata {created} · aggiornata {updated}</translation>
    </message>
    <message>
        <source>created {created} · updated {updated}</source>
        <translation>creata {created} · aggiornata {updated}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>smentita</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vero</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>in gran parte vero</translation>
    </message>
    <message>
        <source>half true</source>
        <translation>vero a metà</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>fuorviante</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>in gran parte falso</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>non verificabile</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuova</translation>
    </message>
    <message>
        <source>researching</source>
        <translation>in verifica</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisionata</translation>
    </message>
    <message>
        <source>published</source>
        <translation>pubblicata</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>smentisce</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contraddice</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>conferma</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>ripete</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>smentite</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>senza verdetto</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portoghese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Olandese</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polacco</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraino</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabo</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Cinese</translation>
    </message>
    <message>
        <source>The language is empty: type a two-letter language code (it, en).</source>
        <translation>La lingua è vuota: digita un codice di lingua di due lettere (it, en).</translation>
    </message>
    <message>
        <source>{code} is not a two-letter language code (it, en).</source>
        <translation>{code} non è un codice di lingua di due lettere (it, en).</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Claims: orange fill, solid underline. Denials: purple fill, wavy underline.
Suggestions (not marked yet): a faint dotted line, straight for a claim, wavy for
a denial. G goes to the next one, Enter accepts it, X dismisses it.
The selected claim is outlined.</source>
        <translation>Affermazioni: sfondo arancione, sottolineatura continua. Smentite: sfondo viola, sottolineatura ondulata.
Suggerimenti (non ancora segnati): una tenue linea punteggiata, dritta per un&apos;affermazione, ondulata per
una smentita. G va al successivo, Invio lo accetta, X lo scarta.
L&apos;affermazione selezionata è contornata.</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggerita</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selezionata</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>All articles</source>
        <translation>Tutti gli articoli</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Smentite</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>{count} articles in the library</source>
        <translation>{count} articoli nell&apos;archivio</translation>
    </message>
    <message>
        <source>{count} claims marked; shows the articles that have claims</source>
        <translation>{count} affermazioni segnate; mostra gli articoli che contengono affermazioni</translation>
    </message>
    <message>
        <source>{count} denials marked; shows the articles that have denials</source>
        <translation>{count} smentite segnate; mostra gli articoli che contengono smentite</translation>
    </message>
    <message>
        <source>{count} claims still new or being researched; shows their articles</source>
        <translation>{count} affermazioni ancora nuove o in verifica; mostra i loro articoli</translation>
    </message>
    <message>
        <source>LIBRARY</source>
        <translation>ARCHIVIO</translation>
    </message>
    <message>
        <source>Filter by title or outlet</source>
        <translation>Filtra per titolo o testata</translation>
    </message>
    <message>
        <source>SAVED SEARCHES</source>
        <translation>RICERCHE SALVATE</translation>
    </message>
    <message>
        <source>Search, then Save… to keep a query here.</source>
        <translation>Cerca, poi Salva… per conservare qui una ricerca.</translation>
    </message>
    <message>
        <source>{query}  (newest first)</source>
        <translation>{query}  (prima i più recenti)</translation>
    </message>
    <message>
        <source>{query}  (by relevance)</source>
        <translation>{query}  (per pertinenza)</translation>
    </message>
    <message>
        <source>Run search</source>
        <translation>Esegui ricerca</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Elimina “{name}”</translation>
    </message>
</context>
<context>
    <name>LinkClaimsCommand</name>
    <message>
        <source>Link claims ({link})</source>
        <translation>Collega affermazioni ({link})</translation>
    </message>
    <message>
        <source>Unlink claims ({link})</source>
        <translation>Scollega affermazioni ({link})</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Link this claim to another</source>
        <translation>Collega questa affermazione a un&apos;altra</translation>
    </message>
    <message>
        <source>This claim</source>
        <translation>Questa affermazione</translation>
    </message>
    <message>
        <source>What the link says</source>
        <translation>Che cosa dice il collegamento</translation>
    </message>
    <message>
        <source>the claim chosen below</source>
        <translation>l&apos;affermazione scelta qui sotto</translation>
    </message>
    <message>
        <source>search every claim: words, claimant:…, kind:denial</source>
        <translation>cerca fra tutte le affermazioni: parole, claimant:…, kind:denial</translation>
    </message>
    <message>
        <source>Claims found</source>
        <translation>Affermazioni trovate</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>{claims} found</source>
        <translation>Trovate: {claims}</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>No claim found: try other words.</source>
        <translation>Nessuna affermazione trovata: prova altre parole.</translation>
    </message>
    <message>
        <source>Choose the other claim in the list.</source>
        <translation>Scegli l&apos;altra affermazione nell&apos;elenco.</translation>
    </message>
    <message>
        <source>This claim {link} “{other}”.</source>
        <translation>Questa affermazione {link} «{other}».</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Link the selected claim: it {link} the proposed one ({key} or Enter)</source>
        <translation>Collega l&apos;affermazione selezionata: {link} quella proposta ({key} o Invio)</translation>
    </message>
    <message>
        <source>Link the selected claim: it {link} the proposed one ({key})</source>
        <translation>Collega l&apos;affermazione selezionata: {link} quella proposta ({key})</translation>
    </message>
    <message>
        <source>LINKS</source>
        <translation>COLLEGAMENTI</translation>
    </message>
    <message>
        <source>Thread timeline</source>
        <translation>Cronologia del filone</translation>
    </message>
    <message>
        <source>Open this claim&apos;s thread as a timeline (Ctrl+T)</source>
        <translation>Apri il filone di questa affermazione come cronologia (Ctrl+T)</translation>
    </message>
    <message>
        <source>No links yet.</source>
        <translation>Ancora nessun collegamento.</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Rimuovi collegamento</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete); undo puts it back</source>
        <translation>Rimuovi il collegamento selezionato (Canc); Annulla lo ripristina</translation>
    </message>
    <message>
        <source>Select a claim to see earlier claims that say the same thing.</source>
        <translation>Seleziona un&apos;affermazione per vedere quelle precedenti che dicono la stessa cosa.</translation>
    </message>
    <message>
        <source>Looking for similar claims… (the first search builds the index)</source>
        <translation>Ricerca di affermazioni simili… (la prima ricerca crea l&apos;indice)</translation>
    </message>
    <message>
        <source>Link it: Enter (repeats), D, C or S.</source>
        <translation>Collegala: Invio (ripete), D, C o S.</translation>
    </message>
    <message>
        <source>No similar claim found in the library.</source>
        <translation>Nessuna affermazione simile nell&apos;archivio.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Nascondi dettagli</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something went wrong ({error}); the details are in the log.</source>
        <translation>Si è verificato un errore ({error}); i dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>L&apos;archivio è chiuso.</translation>
    </message>
</context>
<context>
    <name>OrphanedClaimsView</name>
    <message>
        <source>Their quote is not in the corrected text. Pick one, select its new text in the article, then press A.</source>
        <translation>La loro citazione non è nel testo corretto. Scegline una, seleziona il nuovo testo nell&apos;articolo, poi premi A.</translation>
    </message>
    <message>
        <source>Attach to selection  A</source>
        <translation>Aggancia alla selezione  A</translation>
    </message>
    <message>
        <source>Anchor the chosen claim to the text selected in the article</source>
        <translation>Ancora l&apos;affermazione scelta al testo selezionato nell&apos;articolo</translation>
    </message>
    <message>
        <source>ORPHANED CLAIMS ({count})</source>
        <translation>AFFERMAZIONI NON ANCORATE ({count})</translation>
    </message>
    <message>
        <source>{count} claim without a place in the text</source>
        <translation>{count} affermazione senza un posto nel testo</translation>
    </message>
    <message>
        <source>{count} claims without a place in the text</source>
        <translation>{count} affermazioni senza un posto nel testo</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>(no claimant)</source>
        <translation>(nessun dichiarante)</translation>
    </message>
    <message>
        <source>By claimant</source>
        <translation>Per dichiarante</translation>
    </message>
    <message>
        <source>By verdict</source>
        <translation>Per verdetto</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Per tipo</translation>
    </message>
    <message>
        <source>By month of the article</source>
        <translation>Per mese dell&apos;articolo</translation>
    </message>
    <message>
        <source>Click a bar (or choose one with the arrow keys and press Enter) to search for its claims.</source>
        <translation>Fai clic su una barra (o sceglila con i tasti freccia e premi Invio) per cercarne le affermazioni.</translation>
    </message>
    <message>
        <source>marked claim</source>
        <translation>affermazione segnata</translation>
    </message>
    <message>
        <source>marked claims</source>
        <translation>affermazioni segnate</translation>
    </message>
    <message>
        <source>&lt;b&gt;{marked}&lt;/b&gt; — {claims} and {denials}</source>
        <translation>&lt;b&gt;{marked}&lt;/b&gt; — {claims} e {denials}</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>smentita</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>smentite</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>Smentita</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>detect</source>
        <translation>rileva</translation>
    </message>
    <message>
        <source>it — Italian</source>
        <translation>it — italiano</translation>
    </message>
    <message>
        <source>en — English</source>
        <translation>en — inglese</translation>
    </message>
    <message>
        <source>Paste an article</source>
        <translation>Incolla un articolo</translation>
    </message>
    <message>
        <source>first line of the text if empty</source>
        <translation>la prima riga del testo se vuoto</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (relative dates in the text count from it)</source>
        <translation>AAAA-MM-GG (le date relative nel testo si contano da questa)</translation>
    </message>
    <message>
        <source>The article text</source>
        <translation>Il testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>The text is empty: paste the article&apos;s text.</source>
        <translation>Il testo è vuoto: incolla il testo dell&apos;articolo.</translation>
    </message>
    <message>
        <source>The date must look like 2023-02-22, or be left empty.</source>
        <translation>La data deve avere la forma 2023-02-22, oppure essere lasciata vuota.</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>Restart now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>ClaimDesk could not be started again: close it and start it yourself.</source>
        <translation>Non è stato possibile riavviare ClaimDesk: chiudilo e avvialo di nuovo.</translation>
    </message>
    <message>
        <source>Settings saved; the library folder and the language will change the next time ClaimDesk starts.</source>
        <translation>Impostazioni salvate; la cartella dell&apos;archivio e la lingua cambieranno al prossimo avvio di ClaimDesk.</translation>
    </message>
    <message>
        <source>Settings saved; the library folder will change the next time ClaimDesk starts.</source>
        <translation>Impostazioni salvate; la cartella dell&apos;archivio cambierà al prossimo avvio di ClaimDesk.</translation>
    </message>
    <message>
        <source>Settings saved; the language will change the next time ClaimDesk starts.</source>
        <translation>Impostazioni salvate; la lingua cambierà al prossimo avvio di ClaimDesk.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
</context>
<context>
    <name>ReaderTooltips</name>
    <message>
        <source>Suggested claim by {claimant} (cue: &quot;{cue}&quot;, {percent}%) — Enter accepts, X dismisses</source>
        <translation>Affermazione suggerita di {claimant} (segnale: «{cue}», {percent}%) — Invio accetta, X scarta</translation>
    </message>
    <message>
        <source>Suggested claim (cue: &quot;{cue}&quot;, {percent}%) — Enter accepts, X dismisses</source>
        <translation>Affermazione suggerita (segnale: «{cue}», {percent}%) — Invio accetta, X scarta</translation>
    </message>
    <message>
        <source>Suggested denial by {claimant} (cue: &quot;{cue}&quot;, {percent}%) — Enter accepts, X dismisses</source>
        <translation>Smentita suggerita di {claimant} (segnale: «{cue}», {percent}%) — Invio accetta, X scarta</translation>
    </message>
    <message>
        <source>Suggested denial (cue: &quot;{cue}&quot;, {percent}%) — Enter accepts, X dismisses</source>
        <translation>Smentita suggerita (segnale: «{cue}», {percent}%) — Invio accetta, X scarta</translation>
    </message>
    <message>
        <source>claimant: {name}</source>
        <translation>dichiarante: {name}</translation>
    </message>
    <message>
        <source>verdict: {verdict}</source>
        <translation>verdetto: {verdict}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>captured on {day}, {time} UTC</source>
        <translation>acquisita {day} alle {time} UTC</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Show or hide the image the text was read from</source>
        <translation>Mostra o nascondi l&apos;immagine da cui è stato letto il testo</translation>
    </message>
</context>
<context>
    <name>RefusedEdits</name>
    <message>
        <source>Your {field}: {value}</source>
        <translation>Il tuo valore per {field}: {value}</translation>
    </message>
    <message>
        <source>Kept {who}&apos;s version of the claim; your change was not saved (it is under Details).</source>
        <translation>Mantenuta la versione dell&apos;affermazione di {who}; la tua modifica non è stata salvata (è sotto Dettagli).</translation>
    </message>
    <message>
        <source>Saved your change over {who}&apos;s.</source>
        <translation>La tua modifica è stata salvata al posto di quella di {who}.</translation>
    </message>
    <message>
        <source>the team database cannot be reached</source>
        <translation>il database del team non è raggiungibile</translation>
    </message>
    <message>
        <source>Your change was not saved: {reason} (it is under Details).</source>
        <translation>La tua modifica non è stata salvata: {reason} (è sotto Dettagli).</translation>
    </message>
    <message>
        <source>Not saved: the team database cannot be reached, so {field} shows its saved value again (yours is under Details).</source>
        <translation>Non salvato: il database del team non è raggiungibile, quindi {field} mostra di nuovo il valore salvato (il tuo è sotto Dettagli).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Dates the claims mention</source>
        <translation>Date citate nelle affermazioni</translation>
    </message>
    <message>
        <source>Verdict explanations</source>
        <translation>Motivazioni dei verdetti</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Fonti di verifica</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Links, with each denial under the claim it answers</source>
        <translation>Collegamenti, con ogni smentita sotto l&apos;affermazione a cui risponde</translation>
    </message>
    <message>
        <source>Each quote in its context sentences</source>
        <translation>Ogni citazione con le frasi del suo contesto</translation>
    </message>
    <message>
        <source>Claimant, kind, verdict and status</source>
        <translation>Dichiarante, tipo, verdetto e stato</translation>
    </message>
    <message>
        <source>Summary of counts by kind, verdict and claimant</source>
        <translation>Riepilogo dei conteggi per tipo, verdetto e dichiarante</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>ANTEPRIMA</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>This article: {title}</source>
        <translation>Questo articolo: {title}</translation>
    </message>
    <message>
        <source>This article (none is open)</source>
        <translation>Questo articolo (nessuno è aperto)</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Prima apri un articolo</translation>
    </message>
    <message>
        <source>Claims of the search: {query}</source>
        <translation>Affermazioni della ricerca: {query}</translation>
    </message>
    <message>
        <source>Claims of a search (none is active)</source>
        <translation>Affermazioni di una ricerca (nessuna è attiva)</translation>
    </message>
    <message>
        <source>Type a search in the toolbar first</source>
        <translation>Prima scrivi una ricerca nella barra degli strumenti</translation>
    </message>
    <message>
        <source>Claimant:</source>
        <translation>Dichiarante:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etichetta:</translation>
    </message>
    <message>
        <source>All claims in the library</source>
        <translation>Tutte le affermazioni dell&apos;archivio</translation>
    </message>
    <message>
        <source>Each claim shows</source>
        <translation>Ogni affermazione mostra</translation>
    </message>
    <message>
        <source>Always part of a report</source>
        <translation>Sempre presente in un rapporto</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Lingua del rapporto:</translation>
    </message>
    <message>
        <source>The words, dates and column headers of the report; quotes stay as written</source>
        <translation>Le parole, le date e le intestazioni di colonna del rapporto; le citazioni restano come sono state scritte</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} claims; the file holds them all</source>
        <translation>Sono mostrate le prime {shown} di {total} affermazioni; il file le contiene tutte</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>Tag: (no claim is tagged yet)</source>
        <translation>Etichetta: (ancora nessuna affermazione etichettata)</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>to print, send or file; the text stays searchable</source>
        <translation>per stampare, inviare o archiviare; il testo resta ricercabile</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapporto PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento Word</translation>
    </message>
    <message>
        <source>to edit the report or paste it into a story</source>
        <translation>per modificare il rapporto o incollarlo in un articolo</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Pagina web</translation>
    </message>
    <message>
        <source>to open in a browser or publish</source>
        <translation>per aprirlo in un browser o pubblicarlo</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>plain text to read or paste anywhere</source>
        <translation>testo semplice da leggere o incollare ovunque</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Rapporto Markdown (*.md)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>one row a claim, with filters</source>
        <translation>una riga per affermazione, con filtri</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabella CSV</translation>
    </message>
    <message>
        <source>one row a claim, for any spreadsheet or script</source>
        <translation>una riga per affermazione, per qualsiasi foglio di calcolo o script</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>rated claims in the schema.org format search engines read</source>
        <translation>affermazioni con verdetto nel formato schema.org letto dai motori di ricerca</translation>
    </message>
    <message>
        <source>every claim as a W3C annotation of its article</source>
        <translation>ogni affermazione come annotazione W3C del suo articolo</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>Wrote {claims} to {file}.</source>
        <translation>Rapporto salvato in {file}: {claims}.</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latino</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>greco</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirillico</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabo</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ebraico</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>devanagari</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengalese</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thailandese</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armeno</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgiano</translation>
    </message>
    <message>
        <source>Ethiopic</source>
        <translation>etiopico</translation>
    </message>
    <message>
        <source>Chinese, Japanese and Korean</source>
        <translation>cinese, giapponese e coreano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>giapponese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <source>other scripts</source>
        <translation>altre scritture</translation>
    </message>
    <message>
        <source>No installed font draws {characters} of the report ({scripts}): the PDF shows empty boxes there; install {packages} and write the report again.</source>
        <translation>Nessun font installato disegna {characters} del rapporto ({scripts}): nel PDF al loro posto restano riquadri vuoti; installa {packages} e scrivi di nuovo il rapporto.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>carattere</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caratteri</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Unknown report scope {scope}: use one of {scopes}.</source>
        <translation>Ambito del rapporto sconosciuto {scope}: usane uno tra {scopes}.</translation>
    </message>
    <message>
        <source>Choose the article the report is about.</source>
        <translation>Scegli l&apos;articolo su cui verte il rapporto.</translation>
    </message>
    <message>
        <source>Choose the search the report is about.</source>
        <translation>Scegli la ricerca su cui verte il rapporto.</translation>
    </message>
    <message>
        <source>Choose the claimant the report is about.</source>
        <translation>Scegli il dichiarante su cui verte il rapporto.</translation>
    </message>
    <message>
        <source>Choose the tag the report is about.</source>
        <translation>Scegli l&apos;etichetta su cui verte il rapporto.</translation>
    </message>
    <message>
        <source>Unknown report format {format}: choose one from the list.</source>
        <translation>Formato del rapporto sconosciuto {format}: scegline uno dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>ScanPane</name>
    <message>
        <source>Page image {name}</source>
        <translation>Immagine della pagina {name}</translation>
    </message>
    <message>
        <source>Page images</source>
        <translation>Immagini delle pagine</translation>
    </message>
    <message>
        <source>{name} cannot be shown.</source>
        <translation>{name} non si può mostrare.</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>Save search</source>
        <translation>Salva ricerca</translation>
    </message>
    <message>
        <source>Name in the sidebar:</source>
        <translation>Nome nella barra laterale:</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search   e.g.  claimant:russia negato   (Ctrl+F)</source>
        <translation>Cerca   es.  claimant:russia negato   (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Nothing matches “{query}”.

Try fewer words, word* for a beginning, word~ for a near spelling, or a field:
kind:  claimant:  verdict:  status:  tag:  lang:  outlet:  published:  date:</source>
        <translation>Nessun risultato per “{query}”.

Prova con meno parole, parola* per un inizio di parola, parola~ per una grafia simile, o un campo:
kind:  claimant:  verdict:  status:  tag:  lang:  outlet:  published:  date:</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinenza</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>Prima i risultati più pertinenti</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Più recenti</translation>
    </message>
    <message>
        <source>Newest articles first</source>
        <translation>Prima gli articoli più recenti</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>Conserva questa ricerca nella barra laterale</translation>
    </message>
    <message>
        <source>Leave the search (Esc)</source>
        <translation>Esci dalla ricerca (Esc)</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;dym&quot;&gt;&lt;b&gt;{word}&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>Forse cercavi &lt;a href=&quot;dym&quot;&gt;&lt;b&gt;{word}&lt;/b&gt;&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation>{count} risultato</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} risultati</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>article</source>
        <translation>articolo</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>claimant not given</source>
        <translation>dichiarante non indicato</translation>
    </message>
    <message>
        <source>{kind}: {claimant}: “{quote}” — {title}</source>
        <translation>{kind}: {claimant}: «{quote}» — {title}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>English and Italian, the article&apos;s language found in its text</source>
        <translation>Inglese e italiano, la lingua dell&apos;articolo riconosciuta dal testo</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Solo inglese</translation>
    </message>
    <message>
        <source>Italian only</source>
        <translation>Solo italiano</translation>
    </message>
    <message>
        <source>Default: true, mostly true, half true, misleading, mostly false, false, unverifiable</source>
        <translation>Predefinita: vero, in gran parte vero, vero a metà, fuorviante, in gran parte falso, falso, non verificabile</translation>
    </message>
    <message>
        <source>every suggestion, however unsure</source>
        <translation>tutti i suggerimenti, anche i più incerti</translation>
    </message>
    <message>
        <source>more marks, more of them wrong</source>
        <translation>più segni, più spesso sbagliati</translation>
    </message>
    <message>
        <source>a few worth a look (the default)</source>
        <translation>pochi, da guardare (predefinito)</translation>
    </message>
    <message>
        <source>fewer, surer marks</source>
        <translation>meno segni, più sicuri</translation>
    </message>
    <message>
        <source>only the surest</source>
        <translation>solo i più sicuri</translation>
    </message>
    <message>
        <source>set in the settings file</source>
        <translation>impostato nel file delle impostazioni</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>empty: your login name ({name})</source>
        <translation>vuoto: il tuo nome di accesso ({name})</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Scegli la cartella dell&apos;archivio</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>Signs your changes; on a team desk the others see it beside each change.</source>
        <translation>Firma le tue modifiche; in un desk condiviso gli altri lo vedono accanto a ogni modifica.</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>&amp;Cartella dell&apos;archivio:</translation>
    </message>
    <message>
        <source>Empty: the default folder. A new folder takes effect the next time ClaimDesk starts (--library on the command line still wins).</source>
        <translation>Vuoto: la cartella predefinita. Una nuova cartella ha effetto al prossimo avvio di ClaimDesk (--library sulla riga di comando ha comunque la precedenza).</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Ha effetto dopo il riavvio.</translation>
    </message>
    <message>
        <source>&amp;Rating scale:</source>
        <translation>Scala dei &amp;verdetti:</translation>
    </message>
    <message>
        <source>The verdicts offered in the inspector and counted in reports.</source>
        <translation>I verdetti proposti nell&apos;ispettore e conteggiati nei rapporti.</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>A copy of a local library in its backups folder; the newest copies are kept.</source>
        <translation>Una copia di un archivio locale nella sua cartella dei backup; si conservano le copie più recenti.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aspetto:</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>Si applica subito.</translation>
    </message>
    <message>
        <source>S&amp;uggestions:</source>
        <translation>S&amp;uggerimenti:</translation>
    </message>
    <message>
        <source>&amp;Images and scans:</source>
        <translation>&amp;Immagini e scansioni:</translation>
    </message>
    <message>
        <source>The language screenshots, photos of pages and scanned PDFs are read in. English and Italian together read either a little better; one alone is a little faster. A language given to an import (--lang on the command line) wins.</source>
        <translation>La lingua in cui si leggono screenshot, foto di pagine e PDF scansionati. Inglese e italiano insieme leggono un po&apos; meglio l&apos;una e l&apos;altra lingua; una sola è un po&apos; più veloce. Vale la lingua data a un&apos;importazione (--lang dalla riga di comando).</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Cartella dell&apos;archivio</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>ogni giorno</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>ogni settimana</translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation>ogni 2 settimane</translation>
    </message>
    <message>
        <source>every {count} days</source>
        <translation>ogni {count} giorni</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a folder for the library.</source>
        <translation>{folder} è un file, non una cartella: scegli una cartella per l&apos;archivio.</translation>
    </message>
    <message>
        <source>default: {folder}</source>
        <translation>predefinita: {folder}</translation>
    </message>
    <message>
        <source>How sure the language tools must be before the reader marks a statement as a suggested claim or denial (its confidence, as its tooltip shows it).</source>
        <translation>Quanto devono essere sicuri gli strumenti linguistici perché l&apos;area di lettura segni una frase come affermazione o smentita suggerita (la fiducia: la percentuale che compare passandoci sopra con il mouse).</translation>
    </message>
</context>
<context>
    <name>ShortcutSheetDialog</name>
    <message>
        <source>reader</source>
        <translation>area di lettura</translation>
    </message>
    <message>
        <source>Down / Up</source>
        <translation>Giù / Su</translation>
    </message>
    <message>
        <source>next / previous sentence</source>
        <translation>frase successiva / precedente</translation>
    </message>
    <message>
        <source>click</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>select the sentence (drag: any span)</source>
        <translation>seleziona la frase (trascinando: qualsiasi passaggio)</translation>
    </message>
    <message>
        <source>search</source>
        <translation>ricerca</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Giù, Invio</translation>
    </message>
    <message>
        <source>into the results, open the chosen one</source>
        <translation>nei risultati, apre quello scelto</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close the results</source>
        <translation>chiude i risultati</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>{what} ({section})</source>
        <translation>{what} ({section})</translation>
    </message>
</context>
<context>
    <name>SnapshotBox</name>
    <message>
        <source>an unknown day</source>
        <translation>un giorno sconosciuto</translation>
    </message>
    <message>
        <source>Captured on {day} at {time} UTC from {url}</source>
        <translation>Acquisita il {day} alle {time} UTC da {url}</translation>
    </message>
    <message>
        <source>(the latest of {count} captures)</source>
        <translation>(la più recente di {count} acquisizioni)</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>Apri la pagina</translation>
    </message>
    <message>
        <source>Open the page as it was received, in the system&apos;s viewer</source>
        <translation>Apri la pagina così come è arrivata, nel visualizzatore del sistema</translation>
    </message>
    <message>
        <source>Save snapshot…</source>
        <translation>Salva l&apos;istantanea…</translation>
    </message>
    <message>
        <source>Save the page as received, with its headers (a WARC file)</source>
        <translation>Salva la pagina così come è arrivata, con le sue intestazioni (un file WARC)</translation>
    </message>
    <message>
        <source>Save the snapshot</source>
        <translation>Salva l&apos;istantanea</translation>
    </message>
    <message>
        <source>WARC files (*.warc.gz);;All files (*)</source>
        <translation>File WARC (*.warc.gz);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Saved the snapshot to {path}.</source>
        <translation>Istantanea salvata in {path}.</translation>
    </message>
</context>
<context>
    <name>TextEditDialog</name>
    <message>
        <source>Edit text — {title}</source>
        <translation>Modifica testo — {title}</translation>
    </message>
    <message>
        <source>Correct the text as it should read. On save, ClaimDesk places the {count} claim marked here again in the new text; any it cannot find are kept and listed under Orphaned claims, to attach to new text. Ctrl+Z undoes the whole correction.</source>
        <translation>Correggi il testo come deve essere. Al salvataggio ClaimDesk ricolloca nel nuovo testo {count} affermazione segnata qui; se non la trova, viene conservata ed elencata in Affermazioni non ancorate, da agganciare al nuovo testo. Ctrl+Z annulla l&apos;intera correzione.</translation>
    </message>
    <message>
        <source>Correct the text as it should read. On save, ClaimDesk places the {count} claims marked here again in the new text; any it cannot find are kept and listed under Orphaned claims, to attach to new text. Ctrl+Z undoes the whole correction.</source>
        <translation>Correggi il testo come deve essere. Al salvataggio ClaimDesk ricolloca nel nuovo testo le {count} affermazioni segnate qui; quelle che non trova vengono conservate ed elencate in Affermazioni non ancorate, da agganciare al nuovo testo. Ctrl+Z annulla l&apos;intera correzione.</translation>
    </message>
    <message>
        <source>The text is empty: an article needs its text; undo with Ctrl+Z.</source>
        <translation>Il testo è vuoto: un articolo ha bisogno del suo testo; annulla con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>This claim is not linked to any other yet.</source>
        <translation>Questa affermazione non è ancora collegata a nessun&apos;altra.</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>ripetizione</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>ripetizioni</translation>
    </message>
    <message>
        <source>denial or contradiction</source>
        <translation>smentita o contraddizione</translation>
    </message>
    <message>
        <source>denials or contradictions</source>
        <translation>smentite o contraddizioni</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{role} · reference</source>
        <translation>{role} · riferimento</translation>
    </message>
    <message>
        <source>mentions {dates}</source>
        <translation>cita {dates}</translation>
    </message>
    <message>
        <source>Open a claim&apos;s thread with Ctrl+T (Track &gt; Thread timeline).</source>
        <translation>Apri il filone di un&apos;affermazione con Ctrl+T (Traccia &gt; Cronologia del filone).</translation>
    </message>
    <message>
        <source>Thread of “{quote}”</source>
        <translation>Filone di “{quote}”</translation>
    </message>
    <message>
        <source>Thread timeline</source>
        <translation>Cronologia del filone</translation>
    </message>
</context>
<context>
    <name>TrackingController</name>
    <message>
        <source>Thread &amp;timeline</source>
        <translation>&amp;Cronologia del filone</translation>
    </message>
    <message>
        <source>The selected claim&apos;s thread: first appearance, repetitions, denials</source>
        <translation>Il filone dell&apos;affermazione selezionata: prima comparsa, ripetizioni, smentite</translation>
    </message>
    <message>
        <source>Go to &amp;similar claims</source>
        <translation>Vai alle affermazioni &amp;simili</translation>
    </message>
    <message>
        <source>Earlier claims that say the same thing; Enter links as repeats</source>
        <translation>Affermazioni precedenti che dicono la stessa cosa; Invio collega come “ripete”</translation>
    </message>
    <message>
        <source>&amp;Link to a claim…</source>
        <translation>&amp;Collega a un&apos;affermazione…</translation>
    </message>
    <message>
        <source>Tie the selected claim to any other: denies, contradicts, supports, repeats</source>
        <translation>Collega l&apos;affermazione scelta a un&apos;altra qualsiasi: smentisce, contraddice, sostiene, ripete</translation>
    </message>
    <message>
        <source>&amp;Claimants</source>
        <translation>&amp;Dichiaranti</translation>
    </message>
    <message>
        <source>Who makes claims: aliases, activity, merges</source>
        <translation>Chi fa affermazioni: alias, attività, unioni</translation>
    </message>
    <message>
        <source>C&amp;ontested claims</source>
        <translation>Affermazioni c&amp;ontestate</translation>
    </message>
    <message>
        <source>Claims next to the denials that answer them</source>
        <translation>Affermazioni accanto alle smentite che rispondono loro</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>Counts by claimant, kind, verdict and month; a click filters</source>
        <translation>Conteggi per dichiarante, tipo, verdetto e mese; un clic filtra</translation>
    </message>
    <message>
        <source>&amp;Back to reader	Esc</source>
        <translation>&amp;Torna alla lettura	Esc</translation>
    </message>
    <message>
        <source>Return to the article</source>
        <translation>Torna all&apos;articolo</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Traccia</translation>
    </message>
    <message>
        <source>No claim is selected: click a highlighted claim first, then Ctrl+L.</source>
        <translation>Nessuna affermazione selezionata: fai prima clic su un&apos;affermazione evidenziata, poi Ctrl+L.</translation>
    </message>
    <message>
        <source>Linked: this claim {link} the chosen one (Ctrl+Z undoes).</source>
        <translation>Collegata: questa affermazione {link} quella scelta (Ctrl+Z annulla).</translation>
    </message>
    <message>
        <source>No claim is selected: click a highlighted claim, then Ctrl+K to link it.</source>
        <translation>Nessuna affermazione selezionata: fai clic su un&apos;affermazione evidenziata, poi Ctrl+K per collegarla.</translation>
    </message>
    <message>
        <source>No claim is selected: click a highlighted claim, then Ctrl+T for its thread.</source>
        <translation>Nessuna affermazione selezionata: fai clic su un&apos;affermazione evidenziata, poi Ctrl+T per il suo filone.</translation>
    </message>
    <message>
        <source>“{alias}” now names “{name}”.</source>
        <translation>“{alias}” ora indica “{name}”.</translation>
    </message>
    <message>
        <source>“{alias}” no longer names “{name}”.</source>
        <translation>“{alias}” non indica più “{name}”.</translation>
    </message>
    <message>
        <source>“{away}” merged into “{keep}”: its claims now belong to “{keep}”.</source>
        <translation>“{away}” unito a “{keep}”: le sue affermazioni ora appartengono a “{keep}”.</translation>
    </message>
</context>
<context>
    <name>TrackingModels</name>
    <message>
        <source>undated</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>no claimant</source>
        <translation>nessun dichiarante</translation>
    </message>
    <message>
        <source>first appearance</source>
        <translation>prima comparsa</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>ripetizione</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>smentita</translation>
    </message>
    <message>
        <source>contradiction</source>
        <translation>contraddizione</translation>
    </message>
    <message>
        <source>support</source>
        <translation>conferma</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdetto</translation>
    </message>
    <message>
        <source>related</source>
        <translation>correlata</translation>
    </message>
    <message>
        <source>denied by</source>
        <translation>smentita da</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>contraddetta da</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>confermata da</translation>
    </message>
    <message>
        <source>repeated by</source>
        <translation>ripetuta da</translation>
    </message>
    <message>
        <source>[already: {links}]</source>
        <translation>[già: {links}]</translation>
    </message>
    <message>
        <source>why: {reason} (score {score})</source>
        <translation>motivo: {reason} (punteggio {score})</translation>
    </message>
    <message>
        <source>already linked: {links}</source>
        <translation>già collegata: {links}</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens the linked claim; Delete removes the link.</source>
        <translation>Doppio clic (o Invio) apre l&apos;affermazione collegata; Canc rimuove il collegamento.</translation>
    </message>
    <message>
        <source>no outlet</source>
        <translation>nessuna testata</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”</source>
        <translation>Unisci “{other}” a “{keep}”</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>voce</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>smentite</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Dichiarante</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Smentite</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Also called: {aliases}</source>
        <translation>Altri nomi: {aliases}</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Contestata da</translation>
    </message>
</context>
<context>
    <name>TrackingPane</name>
    <message>
        <source>Claimants</source>
        <translation>Dichiaranti</translation>
    </message>
    <message>
        <source>Thread timeline</source>
        <translation>Cronologia del filone</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Contestate</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>← Back to reader</source>
        <translation>← Torna alla lettura</translation>
    </message>
    <message>
        <source>Return to the article (Esc)</source>
        <translation>Torna all&apos;articolo (Esc)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit kind</source>
        <translation>Modifica tipo</translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation>Modifica dichiarante</translation>
    </message>
    <message>
        <source>Edit claim text</source>
        <translation>Modifica testo dell&apos;affermazione</translation>
    </message>
    <message>
        <source>Edit verdict</source>
        <translation>Modifica verdetto</translation>
    </message>
    <message>
        <source>Edit explanation</source>
        <translation>Modifica spiegazione</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Modifica stato</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifica note</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifica etichette</translation>
    </message>
    <message>
        <source>Mark denial</source>
        <translation>Segna smentita</translation>
    </message>
    <message>
        <source>Mark claim</source>
        <translation>Segna affermazione</translation>
    </message>
    <message>
        <source>Accept suggested denial</source>
        <translation>Accetta smentita suggerita</translation>
    </message>
    <message>
        <source>Accept suggested claim</source>
        <translation>Accetta affermazione suggerita</translation>
    </message>
    <message>
        <source>Delete denial</source>
        <translation>Elimina smentita</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Elimina affermazione</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to ClaimDesk</source>
        <translation>Benvenuto in ClaimDesk</translation>
    </message>
    <message>
        <source>Mark the claims and denials in news articles, follow who said what, rate it and write the report. How would you like to begin?</source>
        <translation>Segna le affermazioni e le smentite negli articoli di giornale, segui chi ha detto cosa, dai un verdetto e scrivi il rapporto. Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>Open the demo library</source>
        <translation>Apri l&apos;archivio di esempio</translation>
    </message>
    <message>
        <source>A few real articles to try marking, searching and reports on. Your own library stays empty.</source>
        <translation>Alcuni articoli reali su cui provare a segnare, cercare e creare rapporti. Il tuo archivio resta vuoto.</translation>
    </message>
    <message>
        <source>Import articles…</source>
        <translation>Importa articoli…</translation>
    </message>
    <message>
        <source>Text, Markdown, HTML, PDF, Word, OpenDocument or e-mail files from your computer.</source>
        <translation>File di testo, Markdown, HTML, PDF, Word, OpenDocument o e-mail dal tuo computer.</translation>
    </message>
    <message>
        <source>Start with an empty desk</source>
        <translation>Inizia con un archivio vuoto</translation>
    </message>
    <message>
        <source>Import or paste articles later (File menu, or drop files on the window).</source>
        <translation>Importa o incolla articoli più tardi (menu File, o trascina i file sulla finestra).</translation>
    </message>
    <message>
        <source>The user guide is in the Help menu (Shift+F1); F1 lists every key.</source>
        <translation>La guida è nel menu Aiuto (Maiusc+F1); F1 elenca tutti i tasti.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Articolo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <source>Import articles from files</source>
        <translation>Importa articoli da file</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importa &amp;cartella…</translation>
    </message>
    <message>
        <source>Import every article file in a folder and its subfolders</source>
        <translation>Importa tutti i file di articoli di una cartella e delle sue sottocartelle</translation>
    </message>
    <message>
        <source>&amp;Paste an article…</source>
        <translation>Inc&amp;olla un articolo…</translation>
    </message>
    <message>
        <source>Paste an article&apos;s text</source>
        <translation>Incolla il testo di un articolo</translation>
    </message>
    <message>
        <source>Import from &amp;address…</source>
        <translation>Importa da &amp;indirizzo…</translation>
    </message>
    <message>
        <source>Fetch a page by its address and keep it as it was received</source>
        <translation>Scarica una pagina dal suo indirizzo e conservala così come è arrivata</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Esporta rapporto…</translation>
    </message>
    <message>
        <source>Export the claims of this article (or all) as a report</source>
        <translation>Esporta le affermazioni di questo articolo (o tutte) come rapporto</translation>
    </message>
    <message>
        <source>Export &amp;library report…</source>
        <translation>Esporta rapporto dell&apos;&amp;archivio…</translation>
    </message>
    <message>
        <source>Export every claim in the library</source>
        <translation>Esporta tutte le affermazioni dell&apos;archivio</translation>
    </message>
    <message>
        <source>Open the &amp;demo library</source>
        <translation>Apri l&apos;archivio &amp;di esempio</translation>
    </message>
    <message>
        <source>A fresh temporary library with the demo articles</source>
        <translation>Un nuovo archivio temporaneo con gli articoli di esempio</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Esegui &amp;backup ora…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the library to a file</source>
        <translation>Scrivi una copia coerente dell&apos;archivio in un file</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>Put a backup of the library in its place</source>
        <translation>Rimetti un backup al posto dell&apos;archivio</translation>
    </message>
    <message>
        <source>Rebuild search &amp;index</source>
        <translation>Ricostruisci l&apos;&amp;indice di ricerca</translation>
    </message>
    <message>
        <source>Build the search index again from the library</source>
        <translation>Ricrea l&apos;indice di ricerca a partire dall&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>Mark as &amp;claim</source>
        <translation>Segna come &amp;affermazione</translation>
    </message>
    <message>
        <source>Mark the selection as a claim</source>
        <translation>Segna la selezione come affermazione</translation>
    </message>
    <message>
        <source>Mark as &amp;denial</source>
        <translation>Segna come &amp;smentita</translation>
    </message>
    <message>
        <source>Mark the selection as a denial</source>
        <translation>Segna la selezione come smentita</translation>
    </message>
    <message>
        <source>&amp;Remove claim</source>
        <translation>&amp;Rimuovi affermazione</translation>
    </message>
    <message>
        <source>Remove the selected claim</source>
        <translation>Rimuovi l&apos;affermazione selezionata</translation>
    </message>
    <message>
        <source>&amp;Attach claim to selection</source>
        <translation>&amp;Aggancia l&apos;affermazione alla selezione</translation>
    </message>
    <message>
        <source>Anchor the chosen orphaned claim to the selected text</source>
        <translation>Aggancia l&apos;affermazione non ancorata scelta al testo selezionato</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Proprietà…</translation>
    </message>
    <message>
        <source>Edit the article&apos;s title, outlet, date, language, tags…</source>
        <translation>Modifica titolo, testata, data, lingua, etichette dell&apos;articolo…</translation>
    </message>
    <message>
        <source>Edit &amp;text…</source>
        <translation>Modifica il &amp;testo…</translation>
    </message>
    <message>
        <source>Correct the article&apos;s text; claims are placed again</source>
        <translation>Correggi il testo dell&apos;articolo; le affermazioni vengono ricollocate</translation>
    </message>
    <message>
        <source>&amp;History of this article…</source>
        <translation>&amp;Modifiche di questo articolo…</translation>
    </message>
    <message>
        <source>Every change to the open article, and going back</source>
        <translation>Ogni modifica all&apos;articolo aperto, e il ritorno a una versione precedente</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;erca</translation>
    </message>
    <message>
        <source>Search articles and claims</source>
        <translation>Cerca negli articoli e nelle affermazioni</translation>
    </message>
    <message>
        <source>Next &amp;sentence</source>
        <translation>&amp;Frase successiva</translation>
    </message>
    <message>
        <source>Previous s&amp;entence</source>
        <translation>F&amp;rase precedente</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>&amp;Affermazione successiva</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>Affermazione &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>A&amp;ccetta suggerimento</translation>
    </message>
    <message>
        <source>Mark the suggestion under the cursor as it is suggested</source>
        <translation>Segna il suggerimento sotto il cursore così come è suggerito</translation>
    </message>
    <message>
        <source>Dis&amp;miss suggestion</source>
        <translation>Scar&amp;ta suggerimento</translation>
    </message>
    <message>
        <source>Never offer the suggestion under the cursor again</source>
        <translation>Non proporre più il suggerimento sotto il cursore</translation>
    </message>
    <message>
        <source>Next su&amp;ggestion</source>
        <translation>&amp;Suggerimento successivo</translation>
    </message>
    <message>
        <source>Previous sugg&amp;estion</source>
        <translation>Suggerimento pr&amp;ecedente</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Vai all&apos;arc&amp;hivio</translation>
    </message>
    <message>
        <source>Go to &amp;reader</source>
        <translation>Vai all&apos;area di &amp;lettura</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Name, library, language, rating scale, backups, appearance</source>
        <translation>Nome, archivio, lingua, scala dei verdetti, backup, aspetto</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>How to use ClaimDesk</source>
        <translation>Come usare ClaimDesk</translation>
    </message>
    <message>
        <source>Claim  C</source>
        <translation>Affermazione  C</translation>
    </message>
    <message>
        <source>Denial  D</source>
        <translation>Smentita  D</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Modifiche</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>library: opening…</source>
        <translation>archivio: apertura…</translation>
    </message>
    <message>
        <source>library: {place}</source>
        <translation>archivio: {place}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>articolo</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articoli</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>smentita</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>smentite</translation>
    </message>
    <message>
        <source>{count} to check</source>
        <translation>{count} da verificare</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>salvataggio…</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>tutte le modifiche salvate</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>frase</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>frasi</translation>
    </message>
    <message>
        <source>{count} marked</source>
        <translation>{count} segnate</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>suggerimento</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>suggerimenti</translation>
    </message>
</context>
</TS>
