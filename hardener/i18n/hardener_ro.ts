<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>Modificări făcute: %v din %m</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Anulați</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Modificare</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Modificările și starea lor</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Modificările făcute până acum</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Se modifică telefonul…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Lăsați telefonul conectat. Mai întâi, hardener scrie pe telefon un jurnal de revenire.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>Nu, săriți peste</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Întrebare: nu se poate reveni asupra acestei modificări</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Stare</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Opriți modificarea telefonului (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Se oprește…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Nu se poate reveni asupra acestei modificări</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Da, pentru aplicația de acest fel (%n)</numerusform>
    <numerusform>Da, pentru toate cele %n aplicații de acest fel</numerusform>
    <numerusform>Da, pentru toate cele %n de aplicații de acest fel</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Da, faceți modificarea</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
Acum: {now}. După: {after}.
Nu se poate reveni asupra acestei modificări. O faceți?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Se verifică…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Nu s-a putut verifica</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Gata</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>Am făcut</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>Am făcut: verificați din nou</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Încă nu</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Opriți verificarea</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>De făcut</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener a verificat telefonul: acest pas este făcut.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener a verificat telefonul: acest pas nu este încă făcut. Încercați din nou pașii.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener nu a putut verifica acest lucru pe telefon. Asigurați-vă că este făcut.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener citește din nou telefonul…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener citește din nou telefonul ca să verifice acest pas</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>Despre constatarea aleasă</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Verificați din nou</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Alegeți un rând din stânga ca să citiți despre el.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Alegeți ce să modificați</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Alegeți situația dvs. și vedeți fiecare modificare înainte să fie făcută</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>Constatări, grupate, cele mai grave întâi</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Încheiați</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>Din ghidul NSWP „Digital Security” (Securitate digitală), secțiunea: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Cât de grav</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Dezactivați remedierea erorilor prin USB și încheiați</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>Ce a găsit hardener</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>Ce a văzut hardener pe telefon</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>Ce puteți face</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>De ce contează</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener a găsit %n lucru de remediat</numerusform>
    <numerusform>hardener a găsit %n lucruri de remediat</numerusform>
    <numerusform>hardener a găsit %n de lucruri de remediat</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener nu a găsit nimic de remediat în ce a putut verifica</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener nu a găsit nimic urgent de remediat</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>Mai este %n lucru de făcut pe telefon. Doar dvs. îl puteți face.</numerusform>
    <numerusform>Mai sunt %n lucruri de făcut pe telefon. Doar dvs. le puteți face.</numerusform>
    <numerusform>Mai sunt %n de lucruri de făcut pe telefon. Doar dvs. le puteți face.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Un PDF sau o pagină web, unde alegeți dvs.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Înapoi</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Anulați</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Închide conexiunea cu telefonul</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Încheiați</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>Jurnalul nu a putut fi șters, așa că remedierea erorilor prin USB a rămas activată. Reveniți și încercați din nou „Încheiați”.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Păstrați posibilitatea de a reveni mai târziu. Cineva care cercetează telefonul poate vedea că setările lui au fost modificate.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Faceți telefonul să uite acest computer</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Persoana următoare: ștergeți tot</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>Pe telefon, deschideți Setări, apoi Opțiuni pentru dezvoltatori (adesea la „Sistem”). Dacă nu găsiți Opțiuni pentru dezvoltatori, sunt deja dezactivate: ați terminat.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Șterge de pe ecran și din memorie tot ce privește acest telefon</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Raport salvat: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Salvați mai întâi un raport</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Vedeți ce mai este de făcut</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Opriți (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Dezactivați remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Dezactivați „Folosiți opțiunile pentru dezvoltatori”, în partea de sus a ecranului.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Se dezactivează remedierea erorilor prin USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Atingeți „Revocați autorizațiile pentru remedierea erorilor prin USB”, apoi „OK”.</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>Telefonul nu a confirmat. Dezactivați-o pe telefon: urmați pașii de mai jos.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Raportul nu a putut fi salvat: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>Jurnalul de revenire este încă pe telefon</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Durează câteva secunde.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Ca să reveniți mai târziu, veți avea nevoie de codul de revenire primit.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Ca să reveniți mai târziu, veți avea nevoie de acest cod de revenire: %1. Păstrați-l separat de telefon.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Remedierea erorilor prin USB este dezactivată</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>Remedierea erorilor prin USB poate fi încă activată</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Deconectați telefonul de la cablu.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Puteți deconecta telefonul de la cablu. Un ultim pas pe telefon:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>Acum hardener dezactivează remedierea erorilor prin USB și Opțiunile pentru dezvoltatori pe telefon. Apoi telefonul se deconectează: este normal.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Datele biometrice, precum amprentele și scanările irisului, sunt folosite în pașapoarte și la frontiere, ceea ce este îngrijorător atunci când lucrătorii sexuali sunt migranți fără drept de ședere.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Datele pot fi colectate prin multe canale, precum pagini web, aplicații, sisteme de mobile banking și date biometrice, fără știrea sau consimțământul activ al lucrătorilor sexuali, ceea ce reprezintă riscuri inacceptabile pentru siguranța și viața privată a lucrătorilor sexuali.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Protecția datelor, cenzura, organizarea, siguranța și viața privată</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Tehnologiile digitale, precum aplicațiile mobile și practicile de supraveghere biometrică, pot fi folosite și pentru a găsi, număra, identifica, urmări, localiza și pedepsi lucrătorii sexuali;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>În timpul carantinei a existat un fel de „vânătoare” de lucrători sexuali prin intermediul rețelelor [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Se știe că algoritmul „Persoane pe care le-ați putea cunoaște” al Facebook adună în Facebook informații despre utilizatori de pe diferite platforme și dispozitive, ceea ce face ca, pe ecranele clienților sau ale membrilor familiei, să apară conturile private ale lucrătorilor sexuali, anulând astfel măsurile de protecție luate de lucrătorii sexuali.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>De exemplu, când lucrătorii sexuali sunt arestați, telefoanele lor pot fi folosite pentru a obține informații compromițătoare, ca să fie șantajați și să li se ceară mită.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Bune practici</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Legi dăunătoare care guvernează spațiile digitale și impactul lor asupra vieții private, siguranței și bunăstării lucrătorilor sexuali</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Introducere</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>De asemenea, forțele de ordine cercetează telefoanele lucrătorilor sexuali atunci când îi arestează, acordând o atenție deosebită mesajelor și istoricului Google Traducere.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>De asemenea, forțele de ordine cercetează telefoanele lucrătorilor sexuali atunci când îi arestează, acordând o atenție deosebită mesajelor și istoricului Google Traducere. Acestea sunt apoi folosite pentru a dovedi că sunt lucrători sexuali, iar apoi sunt condamnați și/sau expulzați.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Analiza literaturii de specialitate</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Mulți membri au menționat cazuri în care date sensibile au fost obținute de persoane care căutau modalități de a exploata și abuza lucrătorii sexuali prin șantaj și amenințări.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Mulți respondenți au mai spus că poliția urmărește site-uri web, platforme de social media și aplicații de întâlniri pentru a aduna informații despre lucrătorii sexuali, ca să le ceară bani sau sex.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Cartografierea locurilor sau a spațiilor fizice frecventate de lucrătorii sexuali este extrem de sensibilă și potențial periculoasă.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Recomandări</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Furnizorii de servicii și lucrătorii sexuali trebuie să știe cum ar putea aceste platforme și aplicații online să folosească datele colectate sau să le partajeze cu terți, precum agenți de publicitate, acționari și chiar guverne.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Printre practicile de securitate digitală adoptate de lucrătorii sexuali se numără folosirea unui VPN (rețea privată virtuală), telefoane și cartele SIM separate pentru muncă și viața privată,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Printre practicile de securitate digitală adoptate de lucrătorii sexuali se numără folosirea unui VPN (rețea privată virtuală), telefoane și cartele SIM separate pentru muncă și viața privată, protecția prin parolă, folosirea criptării,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Codul de procedură penală (CPP) permite polițiștilor sau terților desemnați să obțină orice date considerate necesare, fără autorizație judiciară.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Dezvăluirea de către alții a faptului că o persoană face muncă sexuală este o amenințare mare. Există mereu riscul ca clienții să găsească contul personal al lucrătorilor sexuali.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Folosirea datelor biometrice, a extragerii și colectării de date, a microtargetării, a cartografierii geografice etc. în intervențiile digitale cu lucrătorii sexuali este plină de pericole și subminează eficacitatea furnizării serviciilor.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Există cazuri în care fotografii sau videoclipuri ale lucrătorilor sexuali din spectacolele cu cameră web sunt capturate de persoane care le folosesc apoi pentru a-i șantaja.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Acest lucru este frecvent și în multe țări atunci când un lucrător sexual este arestat, iar poliția îi confiscă telefonul pentru a obține informații despre alți lucrători sexuali.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>La rândul său, acest lucru poate face ca lucrătorii sexuali să fie deconspirați, „doxxed” (dezvăluirea online a unor informații care permit identificarea cuiva), hărțuiți, urmăriți, șantajați sau să se confrunte cu alte comportamente abuzive care le pun în pericol bunăstarea și viața.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>orice fel de colectare de date poate amenința viața privată și securitatea lucrătorilor sexuali dacă ajunge pe mâini greșite.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>alegerea unor browsere, platforme, furnizori de e-mail, aplicații și alte instrumente de comunicare care oferă opțiuni mai bune de protecție a datelor și a vieții private.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>mulți lucrători sexuali preferă să aibă o identitate online separată pentru muncă.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>datele sensibile pot ajunge în mâinile unor oameni care vor să le facă rău lucrătorilor sexuali, chiar și atunci când sunt considerate în siguranță.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>Documente</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>Ascundeți imediat această fereastră și ștergeți tot ce arată</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Ieșire rapidă (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Anulați</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Încheiați</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>„Încheiați” dezactivează remedierea erorilor prin USB și șterge jurnalul de revenire. Dacă rămâne activată, este o cale de acces în telefon pentru oricine îl ține în mână după dvs.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Ieșiți oricum</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>Telefonul este modificat chiar acum. Dacă ieșiți acum, o modificare poate rămâne făcută pe jumătate.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>Remedierea erorilor prin USB este încă activată</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>Remedierea erorilor prin USB este încă activată: încheiați mai întâi?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>&amp;Ajutor</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Limbă</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>&amp;Persoana următoare: ștergeți tot</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Ieșire</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Sesiune</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>Dimensiunea &amp;textului</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Text mai mare</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>Verificarea s-a oprit. Nu s-a modificat nimic pe telefon.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Cum activați &amp;remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Mare</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Mai mare</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Cea mai mare</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Normală</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Telefon: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Telefon de exersare (nu este un telefon real)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Text mai mic</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Oprit. Telefonul nu este conectat.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: verificați și protejați un telefon</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Deja în regulă</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Nu se poate reveni</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Se modifică…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Remediat</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Posibil modificat</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Neremediat</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>Nerestabilit</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Restabilit</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Omis</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>Telefonul nu a acceptat modificarea. Unele telefoane o blochează.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>Telefonul nu a revenit la valoarea veche.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>Telefonul a spus: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>Telefonul era deja setat așa.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Se așteaptă</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>Se lucrează…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Ați ales să nu faceți această modificare.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener nu a putut citi din nou setarea, deci nu poate spune dacă a funcționat.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>%n era deja în regulă.</numerusform>
    <numerusform>%n erau deja în regulă.</numerusform>
    <numerusform>%n erau deja în regulă.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>%n remediat.</numerusform>
    <numerusform>%n remediate.</numerusform>
    <numerusform>%n remediate.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>%n neremediat: vedeți mai jos de ce.</numerusform>
    <numerusform>%n neremediate: vedeți mai jos de ce.</numerusform>
    <numerusform>%n neremediate: vedeți mai jos de ce.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>%n omis.</numerusform>
    <numerusform>%n omise.</numerusform>
    <numerusform>%n omise.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Un PDF sau o pagină web, unde alegeți dvs.</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Modificare</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Verificați din nou telefonul și faceți modificările refuzate</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Gata</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Gata, cu probleme</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Gata. Nu se poate reveni asupra acestei modificări.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Fiecare modificare și rezultatul ei</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Încheiați</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Restabiliți valorile de dinainte</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Raport salvat: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Rezultat</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Salvați un raport</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Mai este de făcut pe telefon: %n</numerusform>
    <numerusform>Mai sunt de făcut pe telefon: %n</numerusform>
    <numerusform>Mai sunt de făcut pe telefon: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Dezactivați remedierea erorilor prin USB și încheiați</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Raportul nu a putut fi salvat: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Încercați din nou</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Cod de revenire: %1. Aveți nevoie de el doar ca să reveniți mai târziu asupra acestor modificări de pe alt computer. Notați-l și păstrați-l separat de telefon.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Reveniți asupra acestor modificări</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>Ce puteți face doar dvs. pe telefon, verificat din nou</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>De ce</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Dacă nu există „Opțiuni pentru dezvoltatori”, activați-le mai întâi: urmați „Cum activați remedierea erorilor prin USB” până la „Opțiuni pentru dezvoltatori”. Telefonul și acest computer trebuie să fie în aceeași rețea Wi-Fi.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>Pe ecranul „Remedierea erorilor wireless”, adresa de sub „Adresa IP și portul” este cea pentru conectare. Portul ei nu este portul de asociere. Introduceți-o și pe ea mai jos.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Deschideți Setări și găsiți „Opțiuni pentru dezvoltatori”. Sunt adesea la „Sistem”. Puteți și să scrieți „dezvoltatori” în caseta de căutare din partea de sus a Setărilor.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Deschideți Setări. Atingeți „Setări suplimentare” (sau „Setări sistem”), apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Deschideți Setări. Atingeți „Setări suplimentare”, apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Deschideți Setări. Atingeți „Sistem și actualizări”, apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Deschideți Setări. Atingeți „Sistem”, apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Deschideți Setări. „Opțiuni pentru dezvoltatori” este chiar în partea de jos: atingeți-l.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Activați „Remedierea erorilor wireless”. Telefonul întreabă „Permiteți remedierea erorilor wireless în această rețea?”: atingeți „Permiteți”.</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Atingeți cuvintele „Remedierea erorilor wireless” (nu comutatorul) ca să deschideți ecranul. Apoi atingeți „Asociați dispozitivul folosind un cod de asociere”.</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>Telefonul arată un „Cod de asociere Wi-Fi” din șase cifre și o „Adresă IP și port”. Introduceți-le pe amândouă mai jos. Lăsați această fereastră deschisă pe telefon până când hardener spune că este conectat.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Adresa pentru conectare (Adresa IP și portul):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Adresa pentru conectare, de exemplu 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Înapoi</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Conectați-vă prin Wi-Fi cu un cod de asociere</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Pentru telefoane cu Android 11 sau mai nou, fără cablu. Programul „adb” de la Google (Platform-Tools) face asocierea. Telefonul are apoi încredere în cheia acelui program, pe care acesta o păstrează într-un fișier din dosarul personal al acestui computer (.android/adbkey), nu în cheia proprie a lui hardener. adb de la Google păstrează în acel dosar și o listă a telefoanelor cu care s-a asociat (.android/adb_known_hosts.pb): cineva care cercetează acest computer poate vedea că au fost asociate telefoane. hardener nu o șterge.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>Programul „adb” de la Google, versiunea {version}, va face asocierea ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Se caută programul „adb” de la Google pe acest computer…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marca telefonului</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Alte telefoane</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Asociați și conectați</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Adresa și portul de asociere, de exemplu 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Adresa și portul de asociere:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>Asocierea nu se poate face de pe acest computer. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Introduceți mai întâi cele trei lucruri pe care le arată telefonul: adresa de asociere, codul și adresa pentru conectare.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Folosiți în schimb un cablu USB</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Codul de asociere Wi-Fi, șase cifre</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Cod de asociere Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener nu a putut porni programul „adb” de la Google.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>Despre telefon</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Setări suplimentare</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Permiteți</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Permiteți remedierea erorilor ADB în modul doar încărcare</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Permiteți remedierea erorilor prin USB?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>Permiteți remedierea erorilor wireless în această rețea?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Permiteți întotdeauna de pe acest computer</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Versiune Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Aplicații</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Baterie</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Numărul versiunii</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Anulați</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Doar încărcare</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Refuzați</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opțiuni pentru dezvoltatori</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Numele dispozitivului</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Afișaj</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Transfer de fișiere</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>Adresa IP și portul: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Versiune MIUI / Versiune OS</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Model</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Rețea și internet</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>OK</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Asociați dispozitivul folosind un cod QR</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Asociați dispozitivul folosind un cod de asociere</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Asociați cu dispozitivul</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Imagine a unui ecran de telefon</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Revocați autorizațiile pentru remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>Revocați accesul la remedierea erorilor prin USB de pe toate computerele pe care le-ați autorizat anterior?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Securitate</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Setări</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Informații software</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Activ permanent</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Sistem</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Sistem și actualizări</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Atingeți: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>Amprenta cheii RSA a computerului este: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Remedierea erorilor prin USB (Setări de securitate)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>Remedierea erorilor prin USB este destinată numai în scopuri de dezvoltare.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Folosiți USB pentru</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Folosiți opțiunile pentru dezvoltatori</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Folosiți remedierea erorilor wireless</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Versiune</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Cod de asociere Wi-Fi: 482915
Adresa IP și portul: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Remedierea erorilor wireless</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>Ați devenit dezvoltator!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>Permiteți</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Permiteți remedierea erorilor prin USB?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Permiteți întotdeauna de pe acest computer</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Refuzați</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>Pe ecranul telefonului de exersare (nu este un telefon real):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Ecranul telefonului de exersare</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Telefon de exersare: permiteți acest computer</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Telefon de exersare: refuzați acest computer</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>Amprenta cheii RSA a computerului este:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Un profil este defect</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Alt program folosește telefonul</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Întreabă înainte de a opri programul adb de pe acest computer</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Înapoi la asociere</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Înapoi la început</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Conectați din nou</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Conectați-vă prin programul adb care ține telefonul, fără să-l opriți</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Detalii pentru o persoană care vă ajută</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cum activați remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Mai multe telefoane</translation>
  </message>
  <message>
   <source>No</source>
   <translation>Nu</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>Nu s-a găsit niciun telefon</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>Nu există un loc sigur pentru cheia lui hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>Nu răspunde nimic la această adresă</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>Nu s-a modificat nimic</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>Nu s-a modificat nimic pe telefon.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>Asocierea nu se poate face de pe acest computer</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Unele modificări pot fi deja făcute. Conectați din nou: hardener vi le va arăta și vă va oferi să le încheiați sau să reveniți asupra lor.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Este posibil ca unele setări să nu fi revenit încă. Conectați din nou ca să terminați revenirea la ele.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Ceva nu a mers bine</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Opriți celălalt program…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Oprit</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>Portul USB nu este permis</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>Conexiunea cu telefonul s-a pierdut</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>Portofelul de chei (keyring) este blocat</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>Telefonul nu a acceptat asocierea</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>Telefonul nu a permis acest computer</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>Telefonul nu răspunde</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>Telefonul nu a permis încă acest computer</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Această adresă nu poate fi folosită</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Acesta nu este un cod de asociere</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Această acțiune oprește programul „adb” de pe acest computer. Dacă îl folosește altcineva (de exemplu Android Studio), acea persoană pierde conexiunea cu telefonul. Îl opriți?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Încercați din nou</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Remedierea erorilor prin USB este dezactivată</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>Remedierea erorilor prin USB poate fi încă activată. Conectați din nou și apăsați „Încheiați” sau dezactivați-o pe telefon.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>Folosiți-l</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Da, opriți-l</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener a întâlnit o problemă neașteptată. Nu se va mai face nimic pe telefon.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>Cheia lui hardener este deteriorată</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>Și într-o a doua limbă, alăturat (de exemplu, limba formatorului)?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Doar în această limbă</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Pagină web (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Salvați raportul</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>Nu modificați nimic pe acest telefon</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>Nu confruntați încă pe nimeni în legătură cu asta. Dacă eliminați sau modificați aplicația, persoana care a instalat-o poate fi avertizată.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Cereți ajutor: o organizație a lucrătorilor sexuali, un serviciu pentru victimele violenței domestice sau o linie de asistență pentru securitate digitală vă poate ajuta să decideți ce să faceți.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Continuați și modificați și acea aplicație</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Continuați, lăsați acea aplicație neatinsă</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Faceți mai întâi un plan de siguranță: unde puteți merge și pe cine puteți suna dacă lucrurile se înrăutățesc.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Doar dacă aveți un plan de siguranță: persoana care a instalat-o poate observa</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>Celelalte modificări pot fi făcute în continuare; nu se modifică nimic la acea aplicație</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Opriți-vă și citiți: s-a găsit o aplicație care poate spiona acest telefon</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>Opriți-vă aici</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>Aplicația poate vedea ce se face pe acest telefon, inclusiv modificările făcute acum.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>Anulați</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>Se verifică din nou telefonul…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Se verifică telefonul…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Cât din telefon a fost citit</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Părți ale telefonului deja citite</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Citit: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Opriți verificarea (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Se oprește…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener citește setările telefonului. Nu modifică nimic.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>%n deja făcută.</numerusform>
    <numerusform>%n deja făcute.</numerusform>
    <numerusform>%n deja făcute.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>%n modificare a fost lăsată deoparte deoarece un nume de pe telefon nu părea sigur.</numerusform>
    <numerusform>%n modificări au fost lăsate deoparte deoarece un nume de pe telefon nu părea sigur.</numerusform>
    <numerusform>%n de modificări au fost lăsate deoparte deoarece un nume de pe telefon nu părea sigur.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>Asupra a %n dintre ele nu se poate reveni: veți fi întrebat(ă) din nou.</numerusform>
    <numerusform>Asupra a %n dintre ele nu se poate reveni: veți fi întrebat(ă) din nou.</numerusform>
    <numerusform>Asupra a %n dintre ele nu se poate reveni: veți fi întrebat(ă) din nou.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>După</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Deja făcut</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Înapoi la ce s-a găsit</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Se poate reveni</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Nu se poate reveni</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Modificare</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Modificați telefonul cum arată lista</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Modificările pe care le va face hardener</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Alegeți o situație din stânga.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Alegeți situația cea mai apropiată de a dvs. Vedeți fiecare modificare înainte să fie făcută.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Fiecare modificare, cu valoarea de acum și de după</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Pentru o persoană care vă ajută: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Faceți aceste modificări</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Acum</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Situații</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Pași pe care îi faceți pe telefon</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>Telefonul este deja setat așa. Nu e nimic de modificat.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Această alegere nu modifică nimic pe telefon.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Revenire</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>Care este situația dvs.?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener va face %n modificare.</numerusform>
    <numerusform>hardener va face %n modificări.</numerusform>
    <numerusform>hardener va face %n de modificări.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Un telefon prin USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Un telefon prin Wi-Fi (adresă)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Adresa telefonului în rețeaua Wi-Fi, de exemplu 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Verificați și protejați un telefon</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Conectați</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Conectați-vă prin Wi-Fi cu codul de asociere al telefonului, prin programul adb de la Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Conectați telefonul la acest computer. hardener îl verifică, explică ce găsește și poate modifica setări ca să fie mai protejat. Nu păstrează nimic despre telefon pe acest computer.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Conectați-vă la telefonul ales</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cum activați remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Căutați din nou</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Căutați din nou telefoane prin USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Încă nu s-a găsit niciun telefon. Programul „adb” de la Google este pe acest computer, dar nu rulează: rulați o dată „adb devices” în dosarul lui, apoi conectați telefonul, deblocați-l și activați remedierea erorilor prin USB. hardener trece apoi prin el.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Încă nu s-a găsit niciun telefon. Conectați-l cu un cablu USB, deblocați-l și activați remedierea erorilor prin USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Telefoane găsite prin USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Telefon de exersare (nu este un telefon real)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>Telefonul cere un cod de asociere (Android 11 și mai nou)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Introduceți mai întâi adresa telefonului, de exemplu 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Ce telefon de exersare</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, prin adb de la Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (prin adb de la Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: nu răspunde (prin adb de la Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: acest computer nu permite portul USB (prin adb de la Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: se așteaptă „Permiteți” pe telefon (prin adb de la Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (prin adb de la Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n lucru pe care doar dvs. îl puteți face pe telefon. Faceți-l, apoi apăsați „Am făcut”: telefonul este verificat din nou.</numerusform>
    <numerusform>%n lucruri pe care doar dvs. le puteți face pe telefon. Faceți-le pe rând, apoi apăsați „Am făcut”: telefonul este verificat din nou.</numerusform>
    <numerusform>%n de lucruri pe care doar dvs. le puteți face pe telefon. Faceți-le pe rând, apoi apăsați „Am făcut”: telefonul este verificat din nou.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Înapoi</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Încheiați</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>Nu mai este nimic de făcut pe telefon în ce a putut fi verificat.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Mai este de făcut pe telefon</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Dezactivați remedierea erorilor prin USB și încheiați</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>Asupra a %n modificare nu se poate reveni (de exemplu, istoricul unei aplicații șters).</numerusform>
    <numerusform>Asupra a %n modificări nu se poate reveni (de exemplu, istoricul unei aplicații șters).</numerusform>
    <numerusform>Asupra a %n de modificări nu se poate reveni (de exemplu, istoricul unei aplicații șters).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n nu a putut fi restabilită: vedeți mai jos de ce.</numerusform>
    <numerusform>%n nu au putut fi restabilite: vedeți mai jos de ce.</numerusform>
    <numerusform>%n nu au putut fi restabilite: vedeți mai jos de ce.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n valoare este din nou cum era.</numerusform>
    <numerusform>%n valori sunt din nou cum erau.</numerusform>
    <numerusform>%n de valori sunt din nou cum erau.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Un cod de revenire are 12 litere și cifre, de exemplu 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Înapoi</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Anulați</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Modificare</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Modificările din jurnalul de revenire</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Verificați din nou telefonul</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Verificați telefonul; nu modificați nimic</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Ștergeți jurnalul</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Încheiați</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Încheiați ultimele modificări sau reveniți asupra lor</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Continuați fără el</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>A fost făcut la o vizită anterioară și este blocat cu un cod de revenire. Introduceți codul ca să vedeți acele modificări și să reveniți asupra lor. Fără cod, puteți șterge jurnalul: modificările anterioare rămân atunci și nu se mai poate reveni asupra lor.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Păstrați modificările</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Lăsați telefonul conectat.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Păstrați-le și continuați</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Deschideți jurnalul</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Revenire parțială</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Restabiliți valorile de dinainte</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Se restabilesc valorile vechi…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Stare</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Opriți revenirea (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Dezactivați remedierea erorilor prin USB și încheiați</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>Modificările anterioare rămân; nu se mai poate reveni asupra lor</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>Ultimele modificări nu au fost terminate</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>Jurnalul nu a putut fi șters: este încă pe telefon. Încercați din nou.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Acest cod nu deschide jurnalul. Verificați fiecare literă și cifră și încercați din nou.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>Acest telefon păstrează un jurnal de revenire</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Ca să modificați acest telefon, deschideți mai întâi jurnalul anterior cu codul lui sau ștergeți-l. Dacă este scris peste el, se pierde calea de întoarcere.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Cod de revenire:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Reveniți asupra lor</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>Reveniți asupra acestor modificări?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Revenire făcută</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>De ce</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener a modificat acest telefon înainte și a păstrat pe el un jurnal de revenire. Se poate reveni asupra a %n modificare.</numerusform>
    <numerusform>hardener a modificat acest telefon înainte și a păstrat pe el un jurnal de revenire. Se poate reveni asupra a %n modificări.</numerusform>
    <numerusform>hardener a modificat acest telefon înainte și a păstrat pe el un jurnal de revenire. Se poate reveni asupra a %n de modificări.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener restabilește valorile pe care telefonul le avea înainte. Se poate reveni asupra a %n modificare.</numerusform>
    <numerusform>hardener restabilește valorile pe care telefonul le avea înainte. Se poate reveni asupra a %n modificări.</numerusform>
    <numerusform>hardener restabilește valorile pe care telefonul le avea înainte. Se poate reveni asupra a %n de modificări.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener modifica acest telefon când s-a oprit (poate a fost scos cablul). A notat fiecare valoare pe care este posibil să o fi modificat. Se poate reveni asupra a %n modificare.</numerusform>
    <numerusform>hardener modifica acest telefon când s-a oprit (poate a fost scos cablul). A notat fiecare valoare pe care este posibil să o fi modificat. Se poate reveni asupra a %n modificări.</numerusform>
    <numerusform>hardener modifica acest telefon când s-a oprit (poate a fost scos cablul). A notat fiecare valoare pe care este posibil să o fi modificat. Se poate reveni asupra a %n de modificări.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Găsiți „Numărul versiunii” (uneori în „Informații software” sau „Versiune”) și atingeți-l de 7 ori, repede. Puteți și să scrieți „Numărul versiunii” în caseta de căutare din partea de sus a Setărilor.</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Reveniți la Setări și găsiți „Opțiuni pentru dezvoltatori”. Sunt adesea la „Sistem”. Puteți și să scrieți „dezvoltatori” în caseta de căutare din partea de sus a Setărilor.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Reveniți la Setări. Atingeți „Setări suplimentare” (sau „Setări sistem”), apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Reveniți la Setări. Atingeți „Setări suplimentare”, apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Reveniți la Setări. Atingeți „Sistem și actualizări”, apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Reveniți la Setări. Atingeți „Sistem”, apoi „Opțiuni pentru dezvoltatori”.</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Reveniți la primul ecran din Setări. „Opțiuni pentru dezvoltatori” este acum chiar în partea de jos. Atingeți-l.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Dacă vedeți și „Remedierea erorilor prin USB (Setări de securitate)”, activați-o și pe aceasta. Fără ea, hardener poate verifica telefonul, dar nu poate modifica unele setări. Telefonul vă poate cere să vă conectați la un cont Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Dacă vedeți „Permiteți remedierea erorilor ADB în modul doar încărcare”, activați-o și pe aceasta.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Deschideți Setări. Derulați până jos și atingeți „Despre telefon”.</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Conectați telefonul la acest computer cu un cablu USB. Deblocați telefonul. Dacă telefonul întreabă pentru ce este conexiunea USB, alegeți „Transfer de fișiere”.</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Activați „Remedierea erorilor prin USB”. Telefonul întreabă dacă sunteți sigur(ă): atingeți „OK”.</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Atingeți „Numărul versiunii” de 7 ori, repede. Dacă telefonul cere, introduceți codul PIN. Apoi telefonul spune că ați devenit dezvoltator.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Atingeți „Versiune MIUI” de 7 ori, repede (pe telefoanele mai noi se numește „Versiune OS”). Dacă telefonul cere, introduceți codul PIN.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Atingeți „Informații software”.</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Atingeți „Versiune”. Apoi atingeți „Numărul versiunii” de 7 ori, repede. Dacă telefonul cere, introduceți codul PIN.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>Telefonul întreabă „Permiteți remedierea erorilor prin USB?”. Atingeți „Permiteți”. Nu bifați „Permiteți întotdeauna” decât dacă acesta este computerul dvs.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Înapoi</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Alegeți marca telefonului. Apoi faceți pașii pe telefon, unul câte unul.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cum activați remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marca telefonului</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Alte telefoane</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>Anulați</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>Conectați-vă din nou la telefon</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Se conectează la telefon…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>Nu bifați „Permiteți întotdeauna de pe acest computer” decât dacă acesta este computerul dvs. Dacă nu vedeți întrebarea, scoateți cablul și conectați-l din nou.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Opriți conectarea (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Atingeți „Permiteți” pe telefon</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>Ați atins „Refuzați” din greșeală? Deconectați telefonul, conectați-l la loc și încercați din nou.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>Telefonul de exersare întreabă „Permiteți remedierea erorilor prin USB?”. Răspundeți pe ecranul telefonului de exersare.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Durează câteva secunde.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Încercați din nou</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Deblocați telefonul. Acesta întreabă „Permiteți remedierea erorilor prin USB?”. Atingeți „Permiteți”.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Se așteaptă</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (Aici: după ce este activat, rulați din nou aceeași comandă 'hardener apply'.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (Sau lăsați-l să ruleze și treceți prin el: aceeași comandă cu --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Doar cu el puteți reveni mai târziu asupra acestor modificări, de pe orice computer: hardener undo --undo-code CODE.
  'hardener finish' șterge jurnalul de revenire de pe telefon, dacă nu adăugați --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>„Dezactivați expirarea autorizării adb” este activată în Opțiuni pentru dezvoltatori: un computer permis o dată își păstrează accesul chiar dacă nu este folosit luni de zile. Dezactivați-o și revocați autorizațiile după ce hardener a terminat.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>„Sincronizare automată” este activată: agenda, calendarul și altele sunt copiate în conturi tot timpul. Acea copie poate fi citită fără telefon de oricine are parola sau poate fi predată poliției de companie.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>„{address}” nu este o adresă de rețea pe care hardener o poate folosi. Scrieți-o cum o arată telefonul la Remedierea erorilor wireless: cifre și un port, de exemplu 192.168.1.20:5555 (portul este un număr de la 1 la 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>„{code}” nu este un cod de asociere. Codul este format din cele șase cifre pe care telefonul le arată la „Cod de asociere Wi-Fi”.</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n aplicație</numerusform>
    <numerusform>%n aplicații</numerusform>
    <numerusform>%n de aplicații</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>Se poate reveni asupra a %n modificare.</numerusform>
    <numerusform>Se poate reveni asupra a %n modificări.</numerusform>
    <numerusform>Se poate reveni asupra a %n de modificări.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n intrare din jurnal este deteriorată și va fi lăsată neatinsă.</numerusform>
    <numerusform>%n intrări din jurnal sunt deteriorate și vor fi lăsate neatinse.</numerusform>
    <numerusform>%n de intrări din jurnal sunt deteriorate și vor fi lăsate neatinse.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>acum %n lună</numerusform>
    <numerusform>acum %n luni</numerusform>
    <numerusform>acum %n de luni</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n lucru de verificat.</numerusform>
    <numerusform>%n lucruri de verificat.</numerusform>
    <numerusform>%n de lucruri de verificat.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>Asupra „{title}” ({what}) NU se mai poate reveni. Continuați?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(NU se mai poate reveni)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(Nu s-a modificat nimic.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(nu se mai poate reveni: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(nesetat)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 minut</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 minute</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 secunde</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 minute</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 de minute</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 de secunde</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 minute</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 secunde</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>O aplicație de tip „proprietar al dispozitivului” controlează aproape totul pe acest telefon și poate vedea multe. Este normal doar pe un telefon de serviciu primit de la un angajator. Dacă acesta este telefonul dvs., cereți ajutor.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>Doar un cod PIN, nimic de citit pe ecranul de blocare, istoricul traducerilor șters și telefonul oprit la frontieră.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Un Spațiu privat ascunde aplicații, dar rămâne deschis un timp după ce telefonul se blochează. Setați-l să se blocheze ori de câte ori se blochează telefonul.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Un telefon defect sau ostil (Android 12L): nume de pachete, nume de conturi, setări și proprietăți care încearcă injecție de comenzi shell, linii noi, octeți NUL, marcaje de la dreapta la stânga, valori foarte lungi și rânduri fără sens în fiecare listare.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>O aplicație de identificare a apelantului</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>A fost adăugat un certificat la cele în care telefonul are încredere. Cu el, alt computer poate citi traficul de internet pe care aplicațiile îl protejează. Dacă nu l-ați adăugat dvs., păstrați o dovadă și cereți ajutor înainte să-l eliminați.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>O verificare nu s-a putut termina</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Un backup în cloud poate fi citit fără telefon, de oricine are parola contului.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>O aplicație de stocare în cloud</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Un computer nefolosit de ceva timp trebuie permis din nou.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Un computer asociat cu acest telefon îl poate controla prin Wi-Fi, fără cablu. Dacă este activată pentru această vizită, dezactivați-o după ce hardener a terminat; dacă nu, altcineva o poate folosi.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>O copie este pe telefon: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>O copie a ce traduceți poate rămâne în Contul Google.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>O aplicație de întâlniri</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>O aplicație de administrare a dispozitivului poate bloca sau șterge telefonul și este greu de eliminat.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Fața sau degetul pot fi folosite ca să deschidă telefonul fără acordul dvs.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>Un deget sau o față pot fi folosite cu forța la frontieră; un cod PIN din mintea dvs. nu.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>Un deget sau o față pot fi folosite cu forța. Înainte de un moment riscant, eliminați-le din Setări, apoi Securitate, sau folosiți Blocarea strictă din meniul de pornire.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>Un deget sau o față pot fi folosite cu forța: cineva vă poate ține telefonul în fața feței sau vă poate apăsa degetul pe el. Un cod PIN rămâne în mintea dvs. Înainte de un moment riscant, folosiți Blocarea strictă sau eliminați amprentele și fața.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>Un deget sau o față pot fi folosite cu forța; un cod PIN din mintea dvs. nu. Un telefon oprit este cel mai greu de citit.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>O tastatură vede tot ce scrieți, inclusiv parolele. Aceasta nu a venit cu telefonul. Dacă ați ales-o dvs., verificați dacă aveți încredere în producătorul ei.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>O tastatură vede tot ce scrieți, inclusiv parolele. Aceasta a fost instalată din afara unui magazin de aplicații. Dacă nu ați ales-o dvs., cineva poate citi ce scrieți. Nu o eliminați încă: dacă vă urmărește, eliminarea ei poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>O aplicație de mesagerie</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>O aplicație de monitorizare</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>S-a găsit o aplicație de monitorizare: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Un număr folosit și pentru muncă, și pentru viața privată le leagă pe cele două pentru oricine se uită.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>Amprenta sau ceasul unui partener pot fi configurate să vă deschidă telefonul.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Un model este ușor de ghicit, ușor de văzut peste umăr și lasă adesea urme pe ecran. Un cod PIN de 6 cifre sau mai multe, ori o parolă, este mult mai sigur.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Un telefon luat imediat după ce ecranul s-a stins se poate deschide încă fără codul PIN.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>O setare a telefonului</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Un telefon luat cât este încă deblocat dă totul în vileag.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Un telefon luat cât ecranul este încă aprins este deschis: nu trebuie ghicit nimic. 30 de secunde este mai sigur.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Un telefon oprit și blocat cu un cod PIN este cel mai greu de deschis.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Un telefon care se deschide fără cod PIN îi dă poliției fiecare conversație cu fiecare client.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Un telefon care se deschide fără cod PIN îi dă poliției sau unui șantajist tot ce este pe el.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Un telefon care rămâne activ la încărcător rămâne deschis pentru oricine.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Un telefon care a fost oprit și nu a mai fost deblocat de atunci este cel mai greu de citit. Dacă vă așteptați la poliție, o frontieră sau un raid, opriți-l.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Un telefon cu aproximativ 600 de aplicații (Pixel 6a, Android 13): multe jocuri, magazine și instrumente; testează că durata scanării nu crește cu numărul de aplicații.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>O fotografie publicată într-un anunț poate conține locul unde a fost făcută.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Un browser privat nu păstrează istoricul și blochează instrumentele de urmărire; Tor Browser ascunde și locul unde vă aflați. Instalați unul, apoi deschideți Setări, apoi Aplicații, apoi Aplicații prestabilite, apoi Aplicația browser.</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Un furnizor ales de dvs.</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Este setat un proxy pentru tot telefonul: alt computer poate vedea și modifica ce trimite și primește telefonul. Dacă nu l-ați configurat dvs., este posibil ca cineva să vă urmărească folosirea internetului.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>O dovadă păstrată ajută un serviciu de sprijin și, mai târziu, o plângere, dacă alegeți să faceți una.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Blocarea ecranului este setată</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Un al doilea profil ține aplicațiile separat, dar este pe același telefon: cine deschide telefonul îl poate deschide și pe el, iar un profil de serviciu este controlat de cine îl administrează. Știți ce este în fiecare.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>O aplicație de securitate este dezactivată: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>O identitate separată pentru muncă</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>O setare de pe acest telefon necesită atenție</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>O setare a fost modificată</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>O organizație a lucrătorilor sexuali, un serviciu pentru victimele violenței domestice sau o linie de asistență pentru securitate digitală vă pot ajuta să verificați telefonul și să decideți ce să faceți. Folosiți telefonul ca de obicei până aveți un plan.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>O aplicație socială</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>O aplicație de spionaj</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>O aplicație de spionaj îi arată altcuiva mesajele, apelurile și locația dvs.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>S-a găsit o aplicație de spionaj: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>O aplicație de traducere</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Un profil de serviciu este gestionat de {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>Accesul de accesibilitate îi permite unei aplicații să citească tot ce este pe ecran, să vadă ce scrieți și să atingă în locul dvs. Aplicațiile de spionaj îl folosesc. Păstrați-l doar pentru aplicațiile alese de dvs., de exemplu un cititor de ecran.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Aplicații de accesibilitate: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Cont</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>Conturile copiază automat date de pe telefon</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Conturi pe acest telefon: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Conturi: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>Protecția avansată a apărut odată cu Android 16. Pe acest telefon, un cod PIN puternic, Blocarea strictă și oprirea telefonului ajută cel mai mult.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>Protecția avansată este dezactivată</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>Protecția avansată este activată</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Protecția avansată: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Aplicații de anunțuri și de întâlniri în timp ce poliția caută</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>După 5 minute</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>După o repornire</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>După ce ecranul se stinge, oricine ia telefonul în acel timp îl poate deschide fără codul PIN. Blocați-l imediat sau după cel mult 5 secunde.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Deja în regulă</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Deja setate în mod sigur și lăsate cum erau: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>O aplicație</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>O aplicație (numele nu a fost citit)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>O aplicație care are voie să înregistreze ecranul fără să întrebe vă poate copia spectacolele și conversațiile.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Un magazin de aplicații</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>O aplicație care se afișează peste altele poate arăta ecrane false ca să vă fure codul PIN.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>O aplicație care citește notificările vede previzualizarea fiecărui mesaj.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>O aplicație care vă citește agenda vă poate lega profilul de muncă de persoanele pe care le cunoașteți.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>O aplicație cu acces de accesibilitate vă poate citi ecranul și poate acționa în locul dvs.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>O aplicație cu acces la cameră sau la microfon vă poate înregistra pe dvs. și spectacolele dvs.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>O locație exactă arată unde locuiți și lucrați; una aproximativă este suficientă pentru întâlniri în apropiere.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Un polițist care ține telefonul blocat poate citi mesajele care apar pe ecran.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Un telefon de outreach cu date din sondaje sau despre clienți</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Un cod de revenire are 12 litere și cifre, de exemplu 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 poate bloca aplicațiile din afara magazinului, rețelele vechi 2G și conexiunile USB noi cât telefonul este blocat. Face un telefon confiscat mai greu de citit, cu unele limitări pentru aplicații.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>Backupul Android copiază datele și setările aplicațiilor și, cu Google, adesea și mesajele SMS și istoricul apelurilor, în contul dvs. Oricine are parola sau compania, când cere poliția, le poate citi fără telefon.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>Backupul Android este dezactivat</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Backup Android în cloud</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android rulează această aplicație ca serviciu de accesibilitate, ceea ce îi permite să citească tot ce este pe ecran, dar ea nu apare în lista aplicațiilor de accesibilitate din Setări. Nu o eliminați încă: dacă vă urmărește, eliminarea ei poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Alt program de pe acest computer (serverul „adb” de la Google, procesul {pid}) folosește telefonul. hardener poate trece prin el: telefonul poate întreba atunci încă o dată „Permiteți remedierea erorilor prin USB?”, pentru acel program. Sau hardener îl poate opri dacă sunteți de acord, ori puteți închide dvs. acel program.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>O altă sesiune modifică acest telefon chiar acum. Așteptați să termine, apoi încercați din nou. (Dacă nu rulează nicio altă sesiune, încercați din nou peste {minutes} minute.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Oricine ține telefonul blocat poate citi mesajele care apar pe ecran.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>Oricine ia acest telefon îl poate deschide și poate citi tot: mesaje, fotografii, agenda și istoricul traducerilor. Setați un cod PIN de 6 cifre sau mai multe ori o parolă.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Permisiunile aplicațiilor: nu au putut fi citite</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Aplicați %n modificare?</numerusform>
    <numerusform>Aplicați %n modificări?</numerusform>
    <numerusform>Aplicați %n de modificări?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Aplicații și permisiuni</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Aplicațiile de acest fel vă încarcă agenda și o folosesc ca să sugereze „persoane pe care le-ați putea cunoaște”. Clienților, colegilor sau familiei li se poate arăta atunci profilul dvs., sau dvs. al lor. Asta vă poate deconspira.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Aplicații care se dau drept Android: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Aplicații care se comportă ca aplicațiile de spionaj: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Aplicații care pot instala aplicații: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Aplicații care se afișează peste alte aplicații: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Aplicațiile care vă citesc agenda vă pot arăta profilul clienților sau familiei.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Aplicații fără pictogramă: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Aplicațiile cărora le-ați permis pot afla unde vă aflați. Dezactivați locația când mergeți la muncă sau într-un loc despre care alții nu trebuie să știe și activați-o din nou când aveți nevoie de o hartă.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Aplicații: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Cereți operatorului de telefonie să blocheze cartela SIM și să vă dea una nouă. De obicei vă puteți păstra numărul.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Porniți de la ideea că tot ce era pe el a fost copiat</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>La frontieră: opriți telefonul</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>La final, lăsați hardener să încheie sesiunea sau deschideți Setări, apoi Sistem, apoi Opțiuni pentru dezvoltatori și dezactivați comutatorul de sus.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>La final: revocați autorizațiile pentru remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>La final: dezactivați remedierea erorilor wireless</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Automat</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>Sincronizarea automată nu are niciun cont în care să copieze</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>Sincronizarea automată este dezactivată</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Sincronizarea automată: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Backup: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Înaintea unei posibile arestări sau a unui raid</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Înaintea unei percheziții: opriți telefonul sau folosiți Blocarea strictă</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Înainte să modificați ceva, păstrați o dovadă: fotografiați acest ecran cu alt telefon sau salvați acest raport pe un dispozitiv pe care îl folosiți doar dvs. Vă poate ajuta mai târziu la o organizație de sprijin sau la un avocat, orice ați decide.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Telefon de test de performanță: Pixel 6a cu Android 13 și aproximativ 1000 de aplicații.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Telefon de test de performanță: Pixel 6a cu Android 13 și aproximativ 300 de aplicații.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Telefon de test de performanță: Pixel 6a cu Android 13 și aproximativ 50 de aplicații.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>Pe lângă acest computer, telefonul are încredere și în alte computere pentru remedierea erorilor prin USB (număr: {others}). Cine are unul dintre ele poate conecta telefonul când este deblocat și poate copia fișiere, instala aplicații sau urmări ecranul. Revocați autorizațiile după ce hardener a terminat.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Căutarea Bluetooth cât Bluetooth este dezactivat</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Polițiștii de frontieră pot cerceta un telefon care se deschide fără cod PIN.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Sunați sau scrieți pentru ajutor de pe un telefon sau computer pe care persoana care vă urmărește nu l-a atins niciodată. Un telefon urmărit îi poate arăta pe cine ați contactat.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Camera, microfonul, înregistrarea ecranului și accesibilitatea: doar pentru aplicațiile pe care le alegeți.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Certificate adăugate pe telefon: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Schimbați-vă parolele</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Încărcați complet telefonul și lăsați-l la încărcat. Deschideți Setări, apoi Securitate, apoi Criptați telefonul. Poate dura o oră. Setați mai întâi un cod PIN sau o parolă.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Conversațiile și fotografiile cu backup în cloud pot fi citite fără telefon.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Verificați backupul Google Foto</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Verificați Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Verificați backupul WhatsApp și al fotografiilor</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Verificați backupul conversațiilor WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Verificați Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Verificați aplicațiile din afara unui magazin de aplicații</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Verificați aplicațiile care nu provin dintr-un magazin de aplicații</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Verificați aplicațiile care se afișează peste alte aplicații</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Verificați aplicațiile cu acces la datele de utilizare</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Verificați aplicațiile de administrare a dispozitivului</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Verificați deblocarea cu amprenta și cu fața</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Verificați amprentele, fața și Smart Lock când este sigur să o faceți</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Doar verificare</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Doar verificare, apoi vorbiți cu cineva în care aveți încredere</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Verificați dacă această aplicație are nevoie de ele. Puteți retrage oricare dintre ele; aplicația va cere din nou dacă are cu adevărat nevoie.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Verificați conturile</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Verificați ce are backup</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Verificați ce încarcă această aplicație</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Verificați ce salvează aplicațiile dvs. ca backup în cloud</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Verificați ce aplicații vă pot înregistra ecranul</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Verificați ce browser vă deschide linkurile și alegeți unul care păstrează mai puține date despre dvs.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Verificați ce tastatură folosiți</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Verificați cine vă poate găsi după numărul de telefon</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Verificați a cui amprentă, față sau dispozitiv de încredere deschide telefonul</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Verificați aplicațiile prestabilite</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Alegeți un browser care păstrează mai puține date despre dvs.</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Alegeți ce se sincronizează în cloud</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Alegeți ce copiază acest cont</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Ștergeți istoricul din aplicația de traducere</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Ștergeți istoricul din aplicație</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Ștergeți istoricul traducerilor</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Ștergeți istoricul traducerilor înainte de călătorie</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Conturi în cloud, sincronizare și backup</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Aplicații de cloud: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Computerele permise pentru remedierea erorilor prin USB rămân permise pentru totdeauna</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Computere de încredere pentru remedierea erorilor prin USB: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Computere de încredere pentru remedierea erorilor prin USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Conectați-vă cu: {command}   (Ctrl-C îl oprește)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Agenda și fotografiile din cloud pot fi citite fără telefon.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>Nu a putut fi verificat</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>Nu au putut fi verificate ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Nu s-a putut verifica</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>Portofelul de chei (keyring) nu a putut fi accesat, deci cheia (dacă există) nu a fost eliminată: {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Trecerea unei frontiere sau călătorii</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Aplicațiile de întâlniri și de anunțuri ținute departe de agenda dvs. și de locația exactă, un număr separat și mesajele ascunse pe ecranul de blocare.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Aplicații de întâlniri și locație: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Ocupați-vă de aplicațiile de spionaj doar după un plan de siguranță</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Ocupați-vă cu grijă de aplicațiile de spionaj</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Aplicațiile prestabilite pentru SMS și telefon: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Browserul prestabilit: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Ștergeți istoricul Google Traducere din Contul Google</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Ștergeți expresiile salvate</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Ștergeți istoricul traducerilor din Contul Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Ștergeți istoricul traducerilor păstrat în Contul Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Ștergeți istoricul traducerilor păstrat în contul dvs.</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opțiuni pentru dezvoltatori</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Aplicații de administrare a dispozitivului: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Drepturile de administrator al dispozitivului îi permit unei aplicații să blocheze telefonul, să-l șteargă sau să vă împiedice să o eliminați. Păstrați-le doar pentru aplicații pe care le cunoașteți, de exemplu Găsește-mi dispozitivul sau o aplicație de serviciu.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>Cunoașteți această aplicație?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>Știți de ce este aici această aplicație?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Gata. Modificate: {changed}; deja în regulă: {already}; neaplicate: {not_applied}; omise: {skipped}; eșuate: {failed} (schimburi cu telefonul: {round_trips}).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Fiecare cont conectat pe telefon își deschide e-mailurile, fotografiile și conversațiile la o percheziție.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>De fiecare dată când o aplicație cere să vă înregistreze sau să vă proiecteze ecranul, citiți ce aplicație este. Dacă bifați „Nu mai afișa”, o lăsați să înregistreze mai târziu fără să întrebe.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Criptați telefonul</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Criptare:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Criptare: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>Ștergeți jurnalul de revenire de pe telefon? Atunci nu se va mai putea reveni asupra modificărilor.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Chiar și cu Wi-Fi și Bluetooth dezactivate, telefonul caută rețele și dispozitive din apropiere. Asta le spune aplicațiilor și Google unde vă aflați, chiar și în interior. Puțini oameni au nevoie de asta.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Fiecare serviciu de accesibilitate pe care îl rulează Android apare în lista din Setări.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>Fiecare aplicație instalată din afara unui magazin are o pictogramă</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Fiecare aplicație cu un nume pe care Android îl păstrează pentru sine a venit cu telefonul.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Fiecare aplicație pe care ați instalat-o provine dintr-un magazin de aplicații</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>Dispare și tot ce este păstrat în aplicație: limbile offline descărcate, expresiile salvate, setările și conectarea la cont. Puteți descărca din nou limbile mai târziu.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Tot ce este pe acest telefon se află într-un singur loc. Dacă munca și viața privată îl împart, țineți-le pe numere și conturi separate.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>Deblocarea facială este configurată</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Aflați înainte de călătorie ce le permite legea polițiștilor să ceară la această frontieră. O organizație a lucrătorilor sexuali sau un grup pentru drepturile migranților vă poate spune.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>Deblocarea cu amprenta și deblocarea facială sunt configurate</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Deblocarea cu amprenta și deblocarea facială: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>Deblocarea cu amprenta este configurată</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Remediat</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Pentru o primă vizită sau pentru un telefon pe care cineva îl poate urmări: uitați-vă înainte să modificați ceva.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Pentru un telefon de echipă care conține datele altor persoane: blocați-l bine și țineți acele date departe de cloud.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Pentru oricine trece o frontieră sau călătorește pentru muncă, mai ales migranții al căror statut ar putea fi pus sub semnul întrebării.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Pentru oricine ar putea fi arestat, ar putea trece printr-un raid sau ar putea fi percheziționat de poliție, cu telefonul confiscat.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Pentru oricine face spectacole cu camera web sau creează conținut pe acest telefon.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Pentru oricine își găsește clienții pe aplicații de întâlniri, rețele sociale sau site-uri de anunțuri unde caută și poliția.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Pentru oricine ține munca sexuală separat de familie, prieteni și un loc de muncă de zi.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Pentru oricine al cărui partener, fost partener sau client poate să-i citească telefonul sau folosește împotriva sa ce este pe el.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Pentru migranți și pentru oricine vorbește cu clienți sau cu autorități printr-o aplicație de traducere.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Pentru lucrătorii de teren și organizațiile al căror telefon conține datele altor persoane.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Pentru cineva care folosește zilnic aplicații de traducere: istoricul să fie scurt și departe de cloud.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>S-a găsit %n problemă de remediat.</numerusform>
    <numerusform>S-au găsit %n probleme de remediat.</numerusform>
    <numerusform>S-au găsit %n de probleme de remediat.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>De pe alt telefon sau computer, schimbați parolele conturilor de e-mail, mesagerie, rețele sociale și cloud.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Cereți ajutor de la oameni care se pricep</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Dați aplicațiilor de întâlniri doar o locație aproximativă</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Treceți prin rezultate</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Bine de știut</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Bine. Un cod PIN de 6 cifre sau mai multe ori o parolă protejează cel mai bine telefonul. Un cod PIN scurt, ca 1234, sau o dată de naștere este ușor de ghicit: schimbați-l dacă al dvs. este așa.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Bine. Un computer nu poate prelua controlul asupra acestui telefon prin cablu.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Bine. Un telefon luat imediat după ce ecranul s-a stins cere deja codul PIN.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Bine. Android criptează numele site-urilor pe care le folosiți oriunde rețeaua permite asta.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Bine. Acum aplicațiile nu pot afla unde vă aflați din locația telefonului.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Bine. Departe de locurile de încredere, cineva care v-a aflat codul PIN tot nu îl poate schimba și nu poate dezactiva protecțiile fără amprenta sau fața dvs.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Bine. Google Play verifică aplicațiile de pe acest telefon pentru aplicații dăunătoare cunoscute.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Bine. Țineți apăsat butonul de pornire și atingeți Blocare strictă când telefonul poate fi confiscat.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Bine. Niciun serviciu de accesibilitate nu este activat.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Bine. Nicio aplicație nu poate bloca sau șterge telefonul și nici nu vă poate împiedica să o eliminați.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Bine. Nicio aplicație nu a primit acces la toate notificările dvs.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Bine. Nicio aplicație de pe acest telefon nu a fost instalată dintr-un fișier sau de altă aplicație.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Bine. Nicio aplicație instalată de dvs. nu poate folosi locația, microfonul, camera, mesajele, apelurile sau agenda.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Bine. Nicio aplicație instalată de dvs. nu are acest acces.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Bine. Nicio aplicație de întâlniri de pe acest telefon nu are locația dvs. exactă.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Bine. Nicio altă aplicație de pe acest telefon nu poate instala aplicații noi pe el.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Bine. Nimic nu iese de pe telefon în afara VPN-ului, nici chiar când se reconectează.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Bine. Doar codul PIN sau parola deschide telefonul și nimeni nu vă poate forța degetul sau fața pe el.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Bine. Fotografiile făcute cu camera telefonului nu conțin locația dvs.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Bine. Cineva care ține telefonul blocat nu vă poate citi mesajele.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Bine. Numele site-urilor și aplicațiilor pe care le folosiți sunt criptate în orice rețea.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Bine. Telefonul nu rămâne deblocat singur în anumite locuri sau lângă anumite dispozitive.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Bine. Telefonul are remedierile de securitate din acest sezon, ceea ce face mai greu accesul forțat în el.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Bine. Telefonul se blochează singur chiar și când este conectat la încărcător.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Bine. Telefonul se blochează singur la scurt timp după ce îl lăsați din mână.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Bine. Telefonul refuză aplicațiile din afara magazinului, rețelele vechi și conexiunile USB noi cât este blocat.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Bine. Aplicațiile sociale, de întâlniri și de identificare a apelantului de pe acest telefon nu vă pot citi lista de contacte.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Bine. Acestea rămân pe telefon.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Bine. Acest browser păstrează mai puține date despre ce vizualizați.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Bine. Când telefonul este blocat sau oprit, conținutul lui nu poate fi citit fără codul PIN sau parola dvs. Criptarea este doar atât de puternică cât este acel cod PIN sau acea parolă.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Bine. Cu Wi-Fi și Bluetooth dezactivate, telefonul nu mai caută locuri din apropiere.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 cu Android 14, configurat cu grijă: blocare cu cod PIN, conținutul notificărilor ascuns pe ecranul de blocare, un singur Cont Google, backup activat. Puține constatări.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 cu Android 15 și un profil de serviciu (utilizatorul 10) gestionat de un angajator; blocare cu cod PIN, deblocare facială, Smart Lock activat.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>Google Traducere nu este pe acest telefon</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>Protecția Google împotriva furtului poate fi totuși disponibilă pe acest telefon. hardener nu poate vedea dacă este activată: verificați în Setări.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Ascuns</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Ascundeți mesajele pe ecranul de blocare</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Ascundeți conținutul mesajelor pe ecranul de blocare</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Țineți apăsat butonul de pornire (pe unele telefoane: butonul de pornire și butonul de volum sus împreună), apoi atingeți Blocare strictă. Telefonul cere atunci codul PIN: amprenta, fața și Smart Lock nu mai funcționează până când îl introduceți. Pe telefoanele fără Blocare strictă, opriți în schimb telefonul.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Țineți apăsat butonul de pornire, apoi atingeți Blocare strictă. Telefonul cere atunci codul PIN: amprenta, fața și Smart Lock nu mai funcționează până când îl introduceți.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Cum reveniți</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>Verificarea identității este activată</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>Verificarea identității nu a fost văzută activată</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Verificarea identității: nu a putut fi citită</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Dacă telefonul ar putea fi confiscat sau percheziționat curând</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Dacă telefonul este confiscat sau pierdut</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Dacă acest telefon este confiscat, sunt expuse datele altor persoane, nu doar ale dvs.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Dacă ați instalat-o dvs., deschideți-i setările și verificați cine vă poate vedea locația, înregistrările sau ecranul. Dacă nu ați instalat-o dvs., păstrați o dovadă și cereți ajutor.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Dacă folosiți Google Traducere pe web sau pe alt dispozitiv cât sunteți conectat(ă), Contul Google vă poate păstra în continuare traducerile.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Imediat</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Important</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>În Google Traducere, deschideți Salvate (steaua) și eliminați expresiile pe care nu vreți să le păstrați: sunt stocate în contul dvs.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>În LINE, folosiți Letter Sealing și ștergeți conversațiile de care nu aveți nevoie: deschideți conversația, apoi meniul, apoi Setări, apoi Ștergeți istoricul conversației.</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>În Messenger, deschideți conversația, atingeți numele, apoi Mesaje temporare (sau Modul dispariție).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>În Signal, deschideți Setări, apoi Confidențialitate, apoi Temporizator implicit pentru conversații noi și alegeți un interval. Pentru conversațiile pe care le aveți deja: deschideți conversația, atingeți numele, apoi Mesaje care dispar.</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>În Telegram, deschideți Setări, apoi Confidențialitate și securitate, apoi Ștergerea automată a mesajelor și alegeți un interval. Conversațiile obișnuite sunt păstrate și pe serverele Telegram: folosiți Chaturi secrete pentru clienți.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>În Viber, deschideți conversația, atingeți numele, apoi Mesaje care dispar și alegeți un interval.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>În WhatsApp Business, deschideți Setări, apoi Confidențialitate, apoi Temporizator implicit pentru mesaje și alegeți 24 de ore sau 7 zile. Pentru conversațiile pe care le aveți deja: deschideți conversația, atingeți numele, apoi Mesaje temporare.</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>În WhatsApp, deschideți Setări, apoi Confidențialitate, apoi Temporizator implicit pentru mesaje și alegeți 24 de ore sau 7 zile. Pentru conversațiile pe care le aveți deja: deschideți conversația, atingeți numele, apoi Mesaje temporare.</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>În WhatsApp: Setări, Chaturi, Backup pentru chaturi: alegeți „Niciodată” sau protejați backupul cu criptare integrală. În Google Foto: fotografia dvs. de profil, Setări Foto, Backup.</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>Într-o conversație Instagram, glisați în sus ca să activați modul dispariție. Mesajele deja trimise rămân: ștergeți-le pe cele pe care nu vreți să fie găsite.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>În setările de securitate ale fiecărui cont, deconectați-vă de pe toate celelalte dispozitive, ca telefonul confiscat să piardă accesul.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>În fiecare aplicație care păstrează conversații sau fotografii, deschideți setările și găsiți Backup. Dacă nu este sigur contul în care copiază, dezactivați backupul sau protejați-l și ștergeți backupurile vechi de acolo.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>În fiecare aplicație de întâlniri și de mesagerie, deschideți Confidențialitate și dezactivați „Găsește-mă după numărul de telefon” și încărcarea agendei.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>În unele locuri, ștergerea de la distanță a unui telefon poate fi folosită împotriva dvs. Cereți mai întâi sfatul cuiva, dacă puteți.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: folosiți modul dispariție</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Instalați un VPN în care aveți încredere și conectați-vă. Apoi deschideți Setări, apoi Rețea (sau Conexiuni), apoi VPN, atingeți rotița de lângă el și activați „VPN activ permanent” și „Blocați conexiunile fără VPN”.</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Instalați actualizările de securitate</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Păstrați mai întâi o dovadă</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Păstrați o dovadă a ce s-a găsit</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Păstrați o dovadă undeva unde persoana care vă urmărește nu ajunge</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Păstrați mai puține lucruri pe telefon</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Țineți separat conturile de muncă și cele private</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Țineți munca și viața privată pe numere separate</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Țineți contactele și conturile de muncă separat de viața privată, ca aplicațiile să nu le poată lega.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Țineți fotografiile și contactele de muncă departe de cloud</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Țineți agenda departe de aplicațiile de întâlniri și sociale</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Nu lăsați locația în fotografii</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Tastatură: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Știți ce să spuneți dacă vi se cere să deblocați telefonul</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Să știți ce arată telefonul este primul pas.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: ștergeți conversațiile vechi</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Ultimul pas, pe telefon: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Lăsați ecranul să se stingă în timpul încărcării</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Linkurile se deschid în browserul ales de telefon. Alegeți unul care păstrează mai puține date despre dvs.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Locație</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>Locația este dezactivată</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>Locația este activată</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Locație: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Blocare după stingerea ecranului: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Blocați Spațiul privat odată cu telefonul</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Blocați telefonul imediat ce se stinge ecranul</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Folosiți acum Blocarea strictă</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Blocați ecranul după 30 de secunde sau mai devreme</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Butonul Blocare strictă din meniul de pornire</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Butonul Blocare strictă: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>Blocarea strictă a apărut odată cu Android 9. Pe acest telefon, opriți telefonul când poate fi confiscat: după o repornire, doar codul PIN sau parola îl deschide.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>Blocarea strictă este o cale rapidă ca telefonul să ceară codul PIN: dezactivează amprenta, fața, Smart Lock și mesajele de pe ecranul de blocare. Pe acest telefon trebuie activată.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>Blocarea strictă este în meniul de pornire</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>Blocarea strictă nu este în meniul de pornire</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>Blocarea strictă face telefonul să ceară codul PIN: un deget sau o față nu îl pot deschide.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>Blocarea strictă face telefonul să vă ceară codul PIN și nimic nu arată că există până nu este folosită.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>Blocarea strictă poate fi ascunsă din meniul de pornire</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>Blocarea strictă are nevoie de blocarea ecranului</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>Blocare strictă: doar codul PIN deschide telefonul</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Uitați-vă la certificatele adăugate pe telefon</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Uitați-vă la telefon și explicați ce s-a găsit. Nu se modifică nimic.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>Uitați-vă întâi și nu modificați nimic; ocupați-vă de aplicațiile de spionaj doar după un plan de siguranță; apoi doar modificări pe care persoana care vă urmărește nu le poate observa.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Uitați-vă întâi, nu modificați încă nimic</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Faceți un plan de siguranță înainte să eliminați o aplicație de spionaj</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Faceți un plan de siguranță înainte să eliminați ceva</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Faceți mesajele să dispară în fiecare aplicație de mesagerie</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Faceți telefonul să uite computerul</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Faceți ecranul să se stingă mai repede</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Este posibil să fi fost modificate: sesiunea s-a oprit înainte ca acestea să poată fi verificate</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Conținutul mesajelor pe ecranul de blocare</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Mesaje</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>Mesajele pot fi citite pe telefonul blocat</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Mesajele de la clienți, rezervările și codurile apar pe ecranul de blocare. Oricine ține telefonul (poliția, un partener, un client) le poate citi fără codul PIN.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Mesaje pe ecranul de blocare: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>Mesajele pe care poliția le-ar citi primele: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Este posibil ca mesajele, fotografiile, agenda și istoricul aplicațiilor să fi fost citite sau copiate, chiar dacă telefonul vă este returnat.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: folosiți mesajele temporare</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Aplicații de mesagerie: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Model</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Sunt conectate mai multe telefoane ({serials}). Deconectați-le pe celelalte sau alegeți unul.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision cu Android 10: blocare cu parolă, backup dezactivat, sincronizare automată dezactivată, o aplicație veche de întâlniri, un VPN și o tastatură instalate dintr-un fișier.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>NU este criptat</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Niciodată</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Nu bifați niciodată „Nu mai afișa” când o aplicație cere să înregistreze ecranul</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Apoi conectați-vă: dați --connect cu adresa de sub „Adresa IP și portul” de pe ecranul Remedierea erorilor wireless al telefonului (sau rulați 'adb connect HOST:PORT'), apoi folosiți --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Niciun VPN nu este setat să rămână activ</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Niciun serviciu de accesibilitate nu rulează în secret</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Niciun cont nu copiază agenda, calendarul, fotografiile sau mesajele</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Niciun cont nu copiază date de pe acest telefon pe internet.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>Niciun cont pe acest telefon</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Nicio aplicație nu se comportă ca o aplicație de spionaj</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Nicio aplicație nu vă poate vedea și controla ecranul</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>Nicio aplicație din lista lui hardener de aplicații de cloud pentru fotografii, fișiere și backupul conversațiilor nu este pe acest telefon.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Nicio aplicație nu are drepturi de administrator al dispozitivului</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Nicio aplicație instalată manual nu se ascunde din lista de aplicații.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Nicio aplicație instalată din afara unui magazin nu este ascunsă din lista de aplicații în timp ce citește ecranul, notificările sau are drepturi de administrator al dispozitivului.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>Nicio aplicație de pe acest telefon nu pare a fi o aplicație de traducere. Istoricul traducerilor dintr-un browser web nu este verificat.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Nicio aplicație nu se dă drept parte din Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Nicio aplicație nu vă citește notificările</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Nicio aplicație instalată de dvs. nu se poate afișa peste alte aplicații</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Nicio aplicație instalată de dvs. nu poate accesa date private</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Nicio aplicație instalată de dvs. nu poate vedea ce aplicații folosiți</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Nicio aplicație instalată de dvs. nu vă poate înregistra ecranul fără să întrebe</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>Niciun certificat nu a fost adăugat pe telefon</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>Nu s-a găsit nicio aplicație de cloud pentru fotografii sau de backup</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Niciun computer nu poate accesa telefonul pentru remedierea erorilor prin Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Niciun computer nu rămâne de încredere pentru remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Nicio aplicație de întâlniri nu știe exact unde vă aflați</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>Nu este setat niciun browser prestabilit</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>Fără deblocare facială; deblocarea cu amprenta nu a putut fi citită</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>Fără deblocare cu amprenta sau facială</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>Fără deblocare cu amprenta; deblocarea facială nu a putut fi citită</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>Nu s-a găsit nicio aplicație de spionaj (stalkerware) cunoscută</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>Nu este instalată nicio aplicație de mesagerie cunoscută de hardener</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>Nicio notificare pe ecranul de blocare</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>Niciun alt computer nu este permis. Acesta rămâne permis și după vizită dacă nu îl revocați: faceți asta după ce hardener a terminat.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>Nu s-a găsit niciun telefon. Conectați telefonul cu un cablu USB care transmite date, deblocați-l și verificați dacă remedierea erorilor prin USB este activată.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>Nu s-a găsit prin USB niciun telefon cu remedierea erorilor prin USB activată.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Niciun proxy și niciun VPN din afara unui magazin</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Nicio aplicație de securitate nu este dezactivată</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Nicio aplicație socială sau de întâlniri nu vă poate citi agenda</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Niciun magazin nu a verificat această aplicație. Aplicațiile de spionaj sunt adesea puse pe telefon în acest fel de cineva care l-a ținut în mână. Dacă nu ați instalat-o dvs., nu o eliminați încă: păstrați o dovadă și cereți mai întâi ajutor.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>Nu s-a găsit nicio aplicație de traducere</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>În acest moment nu este folosit niciun loc sau dispozitiv de încredere. Dacă nu ați configurat niciodată unul intenționat, dezactivați Smart Lock, ca să nu poată porni mai târziu.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Neremediat</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>Neclar</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Lăsată neatinsă: %n modificare a unei aplicații de spionaj. Modificarea aplicației poate avertiza persoana care a instalat-o: vedeți mai întâi planul de siguranță. (Doar --touch-spying-apps ar include-o.)</numerusform>
    <numerusform>Lăsate neatinse: %n modificări ale unei aplicații de spionaj. Modificarea aplicației poate avertiza persoana care a instalat-o: vedeți mai întâi planul de siguranță. (Doar --touch-spying-apps le-ar include.)</numerusform>
    <numerusform>Lăsate neatinse: %n de modificări ale unei aplicații de spionaj. Modificarea aplicației poate avertiza persoana care a instalat-o: vedeți mai întâi planul de siguranță. (Doar --touch-spying-apps le-ar include.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Notă: o aplicare anterioară pe acest telefon a fost întreruptă. Modificările ei sunt înregistrate pe telefon:
      rulați 'hardener undo' cu același cod de revenire ca să reveniți asupra lor sau aplicați din nou ca să terminați.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Notă: rulează un server adb (portul {port}, procesul {pid}); poate ține ocupat telefonul. Folosiți-l cu 'hardener devices --adb-server' și --adb-server, altfel hardener vă va întreba înainte să-l oprească.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Notă: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>Nu răspunde nimic la {address}. Verificați dacă telefonul și acest computer sunt în aceeași rețea Wi-Fi, dacă Remedierea erorilor wireless este activată în Opțiunile pentru dezvoltatori ale telefonului și dacă adresa și portul sunt cele pe care le arată telefonul acum (portul se schimbă de fiecare dată).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>Nu s-a găsit nimic</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>Nu s-a găsit nimic în ce a putut fi verificat.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>Nu se copiază nimic într-un cont decât dacă alegeți să sincronizați.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Nimic de aplicat: telefonul corespunde deja acestui profil.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Nimic de modificat.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>Nu s-a modificat nimic pe acest telefon.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>Nu s-a modificat nimic, deci pe telefon nu se păstrează niciun jurnal de revenire (codul nu este necesar).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>Nu s-a modificat nimic, deci nu aveți la ce să reveniți.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>Nu s-a modificat nimic.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Acces la notificări: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Notificări pe ecranul de blocare</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>Notificările apar pe ecranul de blocare, dar nu și conținutul lor</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Acum: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Dezactivat</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Motorola Moto G6 vechi cu Android 9: fără blocarea ecranului, necriptat, remedierea erorilor prin USB activată, Play Protect dezactivat și o aplicație de spionaj (stalkerware) instalată dintr-un fișier, cu acces de accesibilitate, la notificări și de administrator al dispozitivului.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Activat</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>Pe Android 11 și versiunile mai noi, Blocarea strictă apare în meniul de pornire după ce este setat un cod PIN, o parolă sau un model.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>Pe Android 11 și versiunile mai noi, Blocarea strictă apare în meniul de pornire când este setată blocarea ecranului. Pe acest telefon, comutatorul vechi este dezactivat, iar unele telefoane încă îl respectă. Verificați meniul de pornire.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Pe Android 11 și versiunile mai noi, Blocarea strictă apare în meniul de pornire ori de câte ori este setată blocarea ecranului, cum este aici. Țineți apăsat butonul de pornire și atingeți Blocare strictă când telefonul poate fi confiscat.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>Pe orice telefon sau computer, deschideți myactivity.google.com, conectați-vă și ștergeți activitatea Google Traducere. Ștergerea din aplicație nu elimină această copie.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>Pe orice telefon sau computer, conectați-vă la contul folosit de aplicația de traducere și ștergeți traducerile salvate și activitatea (pentru un Cont Google: myactivity.google.com). Ștergerea din aplicație nu elimină această copie.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>Pe telefon, deschideți Setări, apoi Opțiuni pentru dezvoltatori și atingeți „Revocați autorizațiile pentru remedierea erorilor prin USB”. Apoi dezactivați Opțiunile pentru dezvoltatori din partea de sus a acelui ecran. (Dacă nu găsiți Opțiuni pentru dezvoltatori, sunt deja dezactivate.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Un singur cont pentru ambele părți vă leagă munca de viața privată.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Un singur număr pe acest telefon</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Un singur telefon cu ambele vieți le dă pe amândouă în vileag când este confiscat.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Un singur profil pe acest telefon</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Doar magazinele de aplicații pot instala aplicații</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Doar acest computer este de încredere pentru remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Deschideți Google Foto, atingeți fotografia de profil, apoi Setări Foto, apoi Backup. Dacă Backup este activat, fiecare fotografie și videoclip ajunge în Contul Google. Dezactivați-l dacă acel cont nu este sigur.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Deschideți Setări, apoi Accesibilitate. Găsiți aplicația (poate fi la „Aplicații instalate” sau „Aplicații descărcate”) și dezactivați-o.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Deschideți Setări, apoi Conturi (sau Parole și conturi). Eliminați orice cont pe care nu îl cunoașteți. Schimbați parola oricărui cont pe care altcineva l-ar putea cunoaște.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Deschideți Setări, apoi Conturi și backup, apoi Samsung Cloud. Vedeți ce are backup și ce se sincronizează: mesaje, istoricul apelurilor, fotografii. Dezactivați ce trebuie să rămână doar pe telefon.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Deschideți Setări, apoi Conturi, apoi fiecare cont, apoi Sincronizarea contului. Dezactivați Agendă, Mesaje și Fotografii acolo unde nu aveți nevoie de ele.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Deschideți Setări, apoi Conturi, apoi acest cont, apoi Sincronizarea contului. Dezactivați ce trebuie să rămână doar pe telefon, de exemplu agenda și mesajele.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Deschideți Setări, apoi Conturi. Eliminați conturile private de pe telefonul de muncă și conturile de muncă de pe telefonul privat.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Deschideți Setări, apoi Conturi. Eliminați conturile de muncă de care nu veți avea nevoie în călătorie; conectați-vă din nou când ajungeți. Verificați mai întâi că știți fiecare parolă.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Deschideți Setări, apoi Conturi. Dezactivați „Sincronizează automat datele” (poate fi în meniul din partea de sus). Puteți sincroniza în continuare manual, când alegeți.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Deschideți Setări, apoi Aplicații și uitați-vă la această aplicație. Dacă nu ați instalat-o dvs., păstrați o dovadă și cereți ajutor înainte să o eliminați.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Deschideți Setări, apoi Aplicații, afișați aplicațiile de sistem, deschideți aplicația și atingeți Activați. Dacă nu ați dezactivat-o dvs., este posibil să fi făcut-o altcineva: păstrați mai întâi o dovadă.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Deschideți Setări, apoi Aplicații, apoi Aplicații prestabilite. Verificați dacă aplicația SMS și aplicația Telefon sunt alese de dvs.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Deschideți Setări, apoi Aplicații, apoi Acces special pentru aplicații, apoi Afișare peste alte aplicații. Dezactivați-o pentru aplicațiile care nu au nevoie de ea.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Deschideți Setări, apoi Aplicații, apoi Acces special pentru aplicații, apoi Instalați aplicații necunoscute. Dezactivați-o pentru această aplicație.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Deschideți Setări, apoi Aplicații, apoi Acces special pentru aplicații, apoi Acces la datele de utilizare. Dezactivați-l pentru aplicațiile care nu au nevoie de el.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Deschideți Setări, apoi Aplicații, apoi aplicația, apoi Permisiuni, apoi Locație. Dezactivați „Folosiți locația exactă” și alegeți „Permiteți numai în timp ce folosiți aplicația”.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Deschideți Setări, apoi Aplicații, apoi această aplicație, apoi Permisiuni, apoi Agendă. Alegeți „Nu permiteți”. În setările aplicației, dezactivați și încărcarea sau sincronizarea agendei și ștergeți contactele pe care le-a încărcat deja.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Deschideți Setări, apoi Aplicații, apoi această aplicație, apoi Permisiuni. Alegeți „Nu permiteți” pentru ce nu are nevoie. Aplicația va cere din nou dacă are cu adevărat nevoie de ceva.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Deschideți Setări, apoi Aplicații. Pentru fiecare aplicație pe care nu o cunoașteți, întrebați cine a instalat-o. Eliminați-o doar după un plan de siguranță, dacă ar putea spiona.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Deschideți Setări, apoi Opțiuni pentru dezvoltatori și dezactivați „Dezactivați expirarea autorizării adb”.</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Deschideți Setări, apoi Afișaj, apoi Durată până la dezactivarea ecranului. Alegeți 30 de secunde.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Deschideți Setări, apoi Google (sau Conturi și backup), apoi Backup. Vedeți ce salvează. Dezactivați backupul dacă contul nu este sigur și ștergeți backupurile vechi de acolo.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Deschideți Setări, apoi Google, apoi Toate serviciile, apoi Protecție împotriva furtului. Activați Verificarea identității, Blocarea la detectarea furtului și Blocarea dispozitivului offline. În afara locurilor de încredere, schimbarea codului PIN sau dezactivarea protecțiilor va cere atunci amprenta sau fața dvs., nu doar codul PIN.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Deschideți Setări, apoi Locație, apoi Servicii de localizare (sau Îmbunătățiți precizia). Dezactivați Căutarea de rețele Wi-Fi și Căutarea Bluetooth.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Deschideți Setări, apoi Rețea (sau Conexiuni, apoi Mai multe setări de conexiune), apoi DNS privat. Alegeți Automat sau un furnizor în care aveți încredere.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Deschideți Setări, apoi Rețea, apoi Wi-Fi, atingeți rețeaua, apoi Editați sau Avansate și setați Proxy la Niciunul. Dacă nu l-ați setat dvs., păstrați mai întâi o dovadă.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Deschideți Setări, apoi Notificări (sau Ecran de blocare), apoi Notificări pe ecranul de blocare. Alegeți „Nu afișați notificări” sau cel puțin „Ascundeți conținutul sensibil”.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Deschideți Setări, apoi Notificări, apoi Acces la notificări (pe unele telefoane: Aplicații, apoi Acces special pentru aplicații). Dezactivați-l pentru această aplicație.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Deschideți Setări, apoi Securitate (sau Date biometrice), apoi Amprentă și Recunoaștere facială. Ștergeți-le înainte de un moment riscant sau fiți pregătit(ă) să folosiți Blocarea strictă.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Deschideți Setări, apoi Securitate (sau Date biometrice). Ștergeți amprentele și fața înainte de călătorie; adăugați-le din nou când sunteți în siguranță.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Deschideți Setări, apoi Securitate (sau Ecran de blocare), apoi Blocarea ecranului. Alegeți PIN și folosiți cel puțin 6 cifre care nu sunt o zi de naștere. Un model este ușor de urmărit și de ghicit.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Deschideți Setări, apoi Securitate (sau Ecran de blocare), apoi Blocarea ecranului. Alegeți PIN cu 6 cifre sau mai multe ori Parolă. Nu folosiți o dată de naștere sau un număr pe care îl știu alții.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Deschideți Setări, apoi Securitate (sau Ecran de blocare), apoi Smart Lock sau Extend Unlock. Introduceți codul PIN. Eliminați locurile de încredere și dispozitivele de încredere și dezactivați detectarea corporală.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Deschideți Setări, apoi Securitate (sau Ecran de blocare), apoi rotița de lângă Blocarea ecranului, apoi „Blocare după dezactivarea ecranului”. Alegeți Imediat sau 5 secunde.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Deschideți Setări, apoi Securitate (sau Securitate și confidențialitate), apoi Mai multe setări de securitate sau Criptare și date de conectare, apoi Date de conectare de încredere și fila Utilizator. Dacă acolo este un certificat pe care nu l-ați adăugat dvs., păstrați o dovadă și cereți ajutor înainte să-l eliminați.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Deschideți Setări, apoi Securitate și confidențialitate, apoi Protecție avansată. Aceasta blochează aplicațiile din afara Magazinului Play, rețelele vechi 2G și conexiunile USB noi cât telefonul este blocat. Aplicațiile instalate din fișiere pot să nu se mai actualizeze: decideți împreună cu cineva care cunoaște telefonul.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Deschideți Setări, apoi Securitate și confidențialitate, apoi Spațiu privat, apoi „Blocați automat spațiul privat” și alegeți „De fiecare dată când dispozitivul se blochează”.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Deschideți Setări, apoi Securitate, apoi Aplicații de administrare a dispozitivului (pe unele telefoane: Alte setări de securitate). Dezactivați aplicațiile pe care nu le cunoașteți. Dacă nu puteți, cereți ajutor.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Deschideți Setări, apoi Securitate, apoi Aplicații de administrare a dispozitivului. Dezactivați orice aplicație pe care nu o cunoașteți.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Deschideți Setări, apoi Securitate, apoi Smart Lock (sau Extend Unlock). Eliminați locurile de încredere, dispozitivele și detectarea corporală.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Deschideți Setări, apoi Sistem (sau Actualizare software), apoi Actualizare de securitate și instalați ce vi se oferă. Dacă nu vine nimic timp de un an, telefonul nu mai primește actualizări: gândiți-vă la un telefon mai nou pentru muncă.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Deschideți Setări, apoi Sistem, apoi Opțiuni pentru dezvoltatori. Dezactivați „Activ permanent”.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Deschideți Setări, apoi Sistem, apoi Limbi și metode de introducere, apoi Tastatură pe ecran. Păstrați doar tastaturile alese de dvs.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Deschideți Setări, apoi Cont Xiaomi (sau Cont Mi), apoi Xiaomi Cloud. Vedeți ce se sincronizează: mesaje, galerie, agendă, istoricul apelurilor. Dezactivați ce trebuie să rămână doar pe telefon.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Deschideți WhatsApp, apoi Setări, apoi Chaturi, apoi Backup pentru chaturi. Dacă „Backup pe Google Drive” nu este „Niciodată”, conversațiile dvs. sunt copiate acolo. Alegeți Niciodată dacă acel cont nu este sigur și ștergeți backupul vechi din Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Deschideți myactivity.google.com într-un browser (sau aplicația Google, apoi fotografia de profil, apoi Activitatea mea). Alegeți Google Traducere și ștergeți tot. La „Activitatea pe web și în aplicații” puteți dezactiva salvarea sau puteți seta ștergerea automată la 3 luni.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Deschideți Magazinul Play, atingeți fotografia de profil, apoi Play Protect, apoi rotița de setări. Activați „Scanați aplicațiile cu Play Protect”.</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Deschideți aplicația și căutați în setările ei Backup, Sincronizare sau Încărcare de pe cameră. Dezactivați-o dacă contul nu este sigur.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Deschideți aplicația. Găsiți Istoric (adesea în meniu sau sub fotografia de profil) și ștergeți tot. În setările aplicației, dezactivați salvarea istoricului, dacă puteți. Eliminați și expresiile salvate sau marcate cu stea.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Deschideți setările camerei și dezactivați „Salvați locația” (sau Etichete de locație). Sau deschideți Setări, apoi Aplicații, apoi Cameră, apoi Permisiuni, apoi Locație: „Nu permiteți”.</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Deschideți aplicația de traducere, mergeți la Istoric (sau pictograma ceas) și ștergeți-l. Dezactivați „Salvați istoricul” dacă aplicația are această opțiune.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>Alte computere pot folosi remedierea erorilor prin USB pe acest telefon</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN sau parolă</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Asociat, cu adb de la Google ({adb}, versiunea {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>Asocierea cu un cod are nevoie de programul „adb” de la Google (Android SDK Platform-Tools), iar hardener nu l-a găsit pe acest computer. Instalați Platform-Tools de pe site-ul Google pentru dezvoltatori Android, apoi încercați din nou. Sau conectați în schimb telefonul cu un cablu USB.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Permisiunile aplicației {app}: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>Telefonul se blochează după ce se stinge ecranul</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Număr de telefon</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Verificarea siguranței telefonului</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Telefon:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Telefoanele care aveau încredere în acest computer vor întreba din nou „Permiteți remedierea erorilor prin USB?”.</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Fotografiile și agenda din cloud pot fi cerute fără telefon.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a cu Android 13 și o aplicație de spionaj (stalkerware) redenumită ca să pară o actualizare de sistem: doar certificatul ei de semnare o dă de gol.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Protect verifică aplicațiile</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect verifică dacă aplicațiile sunt dăunătoare. Cei care pun aplicații de spionaj pe un telefon îl dezactivează adesea mai întâi. Dacă nu l-ați dezactivat dvs., este posibil să fi făcut-o altcineva.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect nu scanează aplicațiile</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect este dezactivat</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect este activat</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect avertizează despre aplicațiile de spionaj cunoscute.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect, care scanează aplicațiile ca să vadă dacă sunt dăunătoare, vine cu Google Play. Fără el, instalați aplicații doar dintr-un magazin în care aveți încredere și doar aplicații pe care le cunoașteți.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>Poliția, dacă ține telefonul, poate citi mesajele de la clienți care apar pe ecran.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>Poliția citește mai întâi mesajele; mesajele care dispar singure nu mai sunt acolo ca să fie citite.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>Poliția citește istoricul traducerilor ca să dovedească ce muncă fac oamenii.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>Poliția care ia un telefon citește mai întâi mesajele. Mesajele care dispar singure nu mai sunt acolo ca să fie citite. Fiecare aplicație are propriul comutator: pașii vă spun unde.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Telefonul de exersare „{name}” așteaptă conexiuni la {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Telefon de exersare (simulat, nu este un telefon real)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Exersați Blocarea strictă</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Țineți apăsat butonul de pornire (pe unele telefoane: butonul de pornire și butonul de volum sus împreună), apoi atingeți Blocare strictă. Acum doar codul PIN sau parola deschide telefonul: fără amprentă, fără față, fără Smart Lock și fără mesaje pe ecranul de blocare. Sau opriți telefonul.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS privat</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>DNS privat este setat pe automat</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>DNS privat este dezactivat</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>DNS privat folosește un furnizor ales de dvs.</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS privat: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>Spațiul privat se blochează</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Profil: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Profiluri pe telefon: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Proxy și VPN: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Trageți în jos din partea de sus a ecranului și atingeți Locație ca să o dezactivați sau deschideți Setări, apoi Locație. Activați-o din nou doar când aveți nevoie de o hartă sau de o cursă.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Citiți fiecare constatare împreună cu persoana. Începeți cu cele mai grave, de sus.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Citiți rezultatele împreună</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Citiți ce a găsit această verificare înainte să se modifice ceva. Vorbiți cu o organizație a lucrătorilor sexuali sau cu un serviciu de sprijin în care aveți încredere și faceți împreună un plan de siguranță.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Înregistrați aplicațiile de întâlniri și de anunțuri doar cu un număr de muncă, nu cu cel privat. Merge o a doua cartelă SIM, un al doilea telefon sau un număr dintr-o aplicație de apeluri.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Dependența de aplicații de traducere</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Eliminați deblocarea cu amprenta și facială pentru călătorie</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Eliminați proxy-ul</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>Cheia acestui computer a fost eliminată din portofelul de chei (keyring). Telefoanele care aveau încredere în ea vor întreba din nou „Permiteți remedierea erorilor prin USB?”.</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Eliminat: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Eliminarea unei aplicații de spionaj poate avertiza persoana care a instalat-o. Vorbiți mai întâi cu cineva în care aveți încredere sau cu un serviciu de sprijin. Notați ce ați găsit înainte să modificați ceva.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Eliminarea unei aplicații de spionaj sau modificarea setărilor poate avertiza persoana care vă urmărește și poate face situația mai periculoasă.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Eliminarea acestei aplicații poate avertiza persoana care a pus-o acolo, iar asta o poate face periculoasă. Vorbiți mai întâi cu cineva în care aveți încredere sau cu un serviciu de sprijin. Plănuiți unde veți fi în siguranță și cine vă poate ajuta.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Înlocuiți cartela SIM</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Raport scris în {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>Restabilite: {restored} din {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>Revocați la final autorizațiile pentru remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Servicii de accesibilitate care rulează: nu au putut fi citite</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>Cartele SIM: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 cu Android 11: blocare cu model și Smart Lock, previzualizări ale mesajelor pe ecranul de blocare, Google Traducere folosit zilnic, agendă sincronizată cu Google și Samsung, aplicații de întâlniri și sociale care citesc agenda.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Salvați raportul acestei vizite pe un computer sau la o persoană în care aveți încredere, nu pe acest telefon. Notați data și numele aplicațiilor găsite.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>Scanarea aplicațiilor pentru a vedea dacă sunt dăunătoare a fost refuzată pe acest telefon. Dacă nu ați refuzat-o dvs., este posibil să fi făcut-o altcineva. Activați scanarea.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>Căutarea le spune aplicațiilor unde vă aflați, chiar și cu Wi-Fi și Bluetooth dezactivate.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Blocarea ecranului și setările telefonului</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Blocarea ecranului:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Blocarea ecranului: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Blocarea ecranului: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Înregistrarea ecranului: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>Ecranul rămâne aprins în timpul încărcării</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Durată până la dezactivarea ecranului: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>Ecranul se stinge după</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Aplicații de securitate: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Actualizare de securitate:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>Actualizările de securitate sunt recente</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Actualizări de securitate: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Număr de serie</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Număr de serie:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Setați un cod PIN de 6 cifre sau mai multe</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Setați o blocare a ecranului puternică</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Afișați butonul Blocare strictă în meniul de pornire</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Afișat</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Deconectați-vă de peste tot</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Deconectați-vă din conturile de muncă pentru călătorie</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: faceți mesajele să dispară</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Omis</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock poate ține telefonul deblocat</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock este dezactivat</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock este activat, dar acum nu ține telefonul deblocat</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock ține telefonul deschis în locuri „de încredere”, lângă dispozitive „de încredere” sau cât îl purtați la dvs. Tocmai atunci vă poate fi luat, deschis.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock ține telefonul deschis acasă sau lângă ceas: tocmai atunci când poate fi luat.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Aplicațiile sociale și agenda dvs.: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Asupra unor modificări nu se poate reveni:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Cineva a adăugat un certificat pe telefon</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Cineva care ține telefonul blocat poate vedea ce aplicații au primit mesaje, dar nu și mesajele. Ca să le ascundeți complet, dezactivați notificările pe ecranul de blocare.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>Ceva de la {address} a răspuns, apoi nu a mai răspuns sau a închis conexiunea. Pe telefon, verificați dacă Remedierea erorilor wireless este activată și dacă adresa și portul sunt cele pe care le arată acum. Dacă telefonul cere asocierea cu un cod, hardener nu poate face asta singur: folosiți un cablu USB sau asociați telefonul cu programul adb de la Google și conectați-vă prin el.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Ceva nu a mers bine.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Aplicațiile de spionaj sunt adesea instalate manual, din afara magazinului de aplicații.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Aplicațiile de spionaj sunt adesea instalate din afara magazinului de aplicații.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Aplicații de spionaj: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Stalkerware și aplicații de spionaj</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Activ permanent în timpul încărcării: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Încă pe telefon, NU au fost șterse: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Mai este de făcut, manual</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Nu lăsați aplicațiile să se afișeze peste alte aplicații</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Nu lăsați aplicațiile să instaleze aplicații</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Nu lăsați aplicațiile să instaleze alte aplicații</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Nu lăsați aplicațiile să vă citească notificările</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Nu lăsați aplicațiile să vă înregistreze ecranul fără să întrebe</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Nu lăsați aplicațiile sociale și de întâlniri să vă citească agenda</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>Opriți acum celălalt program adb?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Opriți căutarea de rețele Wi-Fi și Bluetooth de către telefon</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Oprit.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Rezumat: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Activați din nou Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Dezactivați locația când nu aveți nevoie de ea</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Dezactivați „Activ permanent”</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Dezactivați backupul Android în cloud</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Dezactivați Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Dezactivați căutarea de rețele Wi-Fi și Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Dezactivați accesul de accesibilitate pe care nu îl folosiți</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Dezactivați accesibilitatea pentru aplicațiile pe care nu le cunoașteți</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Dezactivați sincronizarea automată</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Dezactivați opțiunile pentru dezvoltatori când terminați</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Dezactivați accesul la notificări pentru aplicațiile pe care nu le cunoașteți</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Dezactivați locația exactă pentru aplicațiile de întâlniri</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Activați Verificarea identității și protecția împotriva furtului</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Activați DNS privat</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Opriți telefonul</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Opriți telefonul înainte de controlul pașapoartelor și porniți-l abia după. Un telefon care a fost oprit se deschide doar cu codul PIN.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Opriți telefonul înainte de frontieră</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Opriți telefonul când o percheziție este probabilă</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Retrageți accesul la agendă</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Retrageți permisiunile de care aplicația nu are nevoie</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Retrageți accesul camerei la locație</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Retrageți accesul aplicațiilor de traducere la microfon și la agendă</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Retrageți camera și microfonul aplicațiilor care nu au nevoie de ele</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Retrageți accesul aplicațiilor la datele de utilizare</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: folosiți ștergerea automată</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Spuneți-le persoanelor cu care țineți legătura</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Spuneți-le grupurilor și persoanelor apropiate, ca să se poată proteja. Eliminați numărul din conversațiile de grup, dacă puteți.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>Mesajele text (SMS) nu dispar niciodată singure. Înainte de un moment riscant, ștergeți conversațiile cu clienții din aplicația Mesaje și cereți-le clienților să folosească o aplicație de mesagerie cu mesaje care dispar.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>Mesaje text: ștergeți ce nu vă trebuie</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>Mesajele și apelurile ajung la aplicații care fac parte din telefon.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>Acesta este un dosar; dați un nume de fișier care se termină cu .pdf sau .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>Programul „adb” de pe acest computer (versiunea {version}, {path}) nu poate face asocierea cu un cod: asocierea a apărut în versiunea 30 a Platform-Tools de la Google, în 2020. Pachetul „adb” din Debian și Ubuntu are versiunea 29 și nu are asociere. Instalați versiunea actuală a Platform-Tools de la Google sau conectați în schimb telefonul cu un cablu USB.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>Programul „adb” de pe acest computer este prea vechi sau nu răspunde cum ar trebui (versiunea serverului {version}; hardener are nevoie de {needed} sau mai nouă). Instalați versiunea actuală a Android SDK Platform-Tools, apoi încercați din nou.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>Serverul programului „adb” nu rulează pe acest computer (portul {port}). Porniți-l cu comanda „adb start-server” sau conectați-vă fără serverul adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>Spațiul privat rămâne deschis după ce telefonul se blochează</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Aplicațiile pentru SMS și telefon au venit cu telefonul</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>Serverul adb (portul {port}) nu are niciun telefon.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>Serverul adb nu are telefonul „{serial}”. Telefoanele pe care le are: {serials}. Verificați numele cu „adb devices”.</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>Serverul adb spune: {said} (stare: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>Camera și locația: nu au putut fi citite</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>Camera vă poate folosi locația, așa că fiecare fotografie conține locul unde a fost făcută. Trimisă sau publicată, o fotografie poate arăta unde locuiți sau lucrați.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>Camera nu poate salva locul unde sunt făcute fotografiile</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Comenzile pentru acest telefon sunt prea lungi ca să treacă prin serverul adb ({size} octeți; acesta transmite cel mult {limit}). Conectați-vă în schimb direct la telefon, fără serverul adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>Conexiunea cu telefonul s-a pierdut (a fost scos cablul?). Conectați-l din nou: nu se pierde nimic, iar ce a rămas neterminat poate fi terminat sau puteți reveni asupra lui.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>Browserul prestabilit este {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>Dosarul pentru raport nu există: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>Fișierul de indicatori {file} nu a putut fi folosit: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>Cheia pe care hardener o păstrează în portofelul de chei (keyring) al acestui computer este deteriorată, așa că hardener s-a oprit și a lăsat-o cum este. Ca să o luați de la capăt cu o cheie nouă, rulați comanda „hardener forget-key”; telefoanele vor întreba apoi din nou „Permiteți remedierea erorilor prin USB?”.</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>Cheia a fost eliminată din portofelul de chei.</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>Tastatura a venit cu telefonul</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>Tastatura folosită face parte din telefon.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>Portofelul de chei (keyring) în care hardener își păstrează cheia este blocat. Deblocați-l (pe Linux: deschideți „Parole și chei” și deblocați „Login” sau deconectați-vă și conectați-vă din nou), apoi încercați din nou.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>Ultima actualizare de securitate are {months} luni</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>Keychain-ul macOS în care hardener își păstrează cheia este blocat. Deschideți aplicația Acces la keychain și deblocați keychain-ul „login” (sau deconectați-vă și conectați-vă din nou), apoi încercați din nou.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>Cele mai urgente întâi. Fiecare punct spune ce ar putea vedea sau face cineva care ține acest telefon.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Numele site-urilor și aplicațiilor pe care le folosiți circulă necriptate, așa că rețeaua la care sunteți conectat(ă) le poate citi. Android le poate cripta singur.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>Telefonul își face singur backup în cloud</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Telefonul nu a acceptat asocierea. Pe telefon, atingeți din nou „Asociați dispozitivul folosind un cod de asociere” și introduceți noul cod și adresa cu portul ei (amândouă se schimbă de fiecare dată), cât acea fereastră este încă deschisă. Telefonul și acest computer trebuie să fie în aceeași rețea Wi-Fi.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>Telefonul nu a permis acest computer. Deconectați-l și conectați-l din nou, deblocați-l și atingeți „Permiteți” când întreabă.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>Telefonul nu a dezactivat remedierea erorilor prin USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>Telefonul nu răspunde. Deconectați-l, conectați-l din nou și deblocați-l. Dacă nu ajută, reporniți telefonul.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>Telefonul nu copiază datele aplicațiilor într-un cont.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>Telefonul nu are nicio blocare pentru care să aștepte</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>Telefonul nu a permis încă acest computer. Deblocați telefonul și atingeți „Permiteți” la mesajul „Permiteți remedierea erorilor prin USB?”.</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>Telefonul nu păstrează permisiunea niciunui computer pentru remedierea erorilor prin USB, inclusiv a acestuia.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>Telefonul caută încontinuu rețele Wi-Fi și dispozitive Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>Telefonul se blochează la {seconds} secunde după ce se stinge ecranul</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>Telefonul a refuzat această modificare: producătorul lui o blochează de pe un computer. Se poate face totuși manual, în Setările telefonului.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>Telefonul a refuzat să stocheze un fișier. Verificați dacă are spațiu liber.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>Telefonul a raportat un nume în care hardener nu are încredere ({kind}). A fost omis.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>Telefonul rămâne deschis {minutes} minute după ce se stinge ecranul</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>Telefonul rămâne deschis {seconds} secunde după ce se stinge ecranul</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>Telefonul a răspuns prea greu. Verificați cablul și dacă telefonul este deblocat.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>Telefonul are încredere în computere pentru remedierea erorilor prin USB (număr: {count}) și nu spune care dintre ele, dacă vreunul, este acest computer. Revocați autorizațiile după ce hardener a terminat.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>Telefonul are încredere doar în certificatele cu care a venit.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>Internetul telefonului nu trece printr-un proxy sau printr-o aplicație VPN instalată manual.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>Spațiul de stocare al telefonului este criptat</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>Spațiul de stocare al telefonului nu este criptat</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>Profilul {file} este defect: regula {rule}, câmpul {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>Jurnalul necesar pentru a reveni asupra modificărilor nu mai este pe telefon, deci acestea nu pot fi restabilite automat. Puteți readuce manual fiecare setare.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>Jurnalul cu ce s-a modificat este păstrat chiar pe telefon, nu pe computer.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>Fișierul raportului trebuie să se termine cu .pdf sau .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>Raportul nu a fost salvat pe telefon: pe el s-a găsit o aplicație de spionaj sau hardener nu a putut verifica dacă există una. O astfel de aplicație ar putea citi raportul și l-ar putea avertiza pe cel care a pus-o acolo.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>Raportul va fi salvat în dosarul Download al telefonului. Oricine cercetează telefonul îl poate citi acolo. Ștergeți-l când nu mai aveți nevoie de el.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>Cel mai sigur este un telefon separat pentru muncă. Dacă folosiți un singur telefon, folosiți o cartelă SIM sau un număr separat pentru muncă, WhatsApp Business sau o a doua aplicație de mesagerie doar pentru muncă și nicio fotografie privată în aplicațiile de muncă.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>Ecranul nu rămâne aprins în timpul încărcării</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>Blocarea ecranului este un model</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>Blocarea ecranului este doar o glisare</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>Ecranul rămâne aprins {minutes} minute înainte să se blocheze</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>Ecranul rămâne aprins {seconds} secunde înainte să se blocheze</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>Ecranul rămâne aprins în timpul încărcării</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>Ecranul se stinge după {seconds} secunde</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Aplicațiile de securitate de pe acest telefon sunt activate.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>Cele mai stricte setări pentru ecranul de blocare, istoricul traducerilor șters și pași de făcut înaintea unei percheziții.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>Jurnalul de revenire este șters (verificat): pe telefon nu a rămas nimic din ce a scris hardener.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>Jurnalul de revenire este șters: acum telefonul nu mai are niciunul.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>Jurnalul de revenire de pe telefon nu a putut fi citit, deci raportul nu poate spune ce s-a modificat.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>Jurnalul de revenire de pe acest telefon este deteriorat, deci nu va fi folosit. Îl puteți șterge și puteți verifica manual setările telefonului.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>Jurnalul de revenire rămâne pe telefon, sigilat cu codul său de revenire. Cineva care caută prin telefon poate vedea că acolo există un fișier, dar nu îl poate citi fără cod.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>Profilul de serviciu de pe acest telefon este controlat de administratorul lui, adesea un angajator. Acesta poate vedea aplicațiile și datele din acel profil. Țineți lucrurile private în afara lui.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>Pe acest telefon nu există Google Play</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>Nu există niciun telefon de exersare numit „{name}”. Telefoanele de exersare sunt: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>Nu există niciun profil numit „{name}”. Profilurile sunt: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>Nu există blocarea ecranului</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>Pe acest telefon nu există nimic asupra căruia să reveniți.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>Nu exista nicio cheie în portofelul de chei (keyring).</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>Nu exista nicio cheie de eliminat.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>Nu existau preferințe salvate.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Acestea sunt copiate pe serverele contului. Oricine intră în cont sau compania, când cere poliția, le poate citi fără telefonul dvs.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Acestea au nevoie de dvs., chiar pe telefon. Fiecare durează un minut sau două.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Gândiți-vă la Protecția avansată</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Gândiți-vă la deblocarea cu amprenta și facială</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Gândiți-vă bine înainte să-l ștergeți de la distanță</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Această versiune Android nu spune care este browserul prestabilit</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Această versiune Android nu spune ce fel de blocare este. Dacă este un model, schimbați-l cu un cod PIN de 6 cifre sau mai multe ori cu o parolă.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Această versiune Android nu arată în ce computere are încredere pentru remedierea erorilor prin USB. Este posibil să fie permise și alte computere. Revocați-le pe toate după ce hardener a terminat.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Această versiune Android nu are Protecție avansată</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Această versiune Android nu are Verificarea identității</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Această versiune Android nu are butonul Blocare strictă</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Acest telefon Xiaomi refuză modificările de pe un computer până când „Remedierea erorilor prin USB (Setări de securitate)” este activată. Deschideți Setări, apoi Opțiuni pentru dezvoltatori, activați-o (telefonul vă poate cere să vă conectați la un cont Mi), apoi apăsați „Încercați din nou”.</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Această aplicație poate ști tot timpul unde vă aflați sau vă poate citi mesajele text ori istoricul apelurilor. Majoritatea aplicațiilor nu au nevoie de asta. Retrageți-i ce nu îi trebuie.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Această aplicație își poate pune propriile ferestre deasupra altor aplicații. Aplicațiile dăunătoare folosesc asta ca să arate ecrane false care fură un cod PIN sau o parolă. Și bulele de chat sau butoanele de traducere folosesc asta.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Această aplicație nu provine dintr-un magazin de aplicații și poate accesa lucrurile dvs. private. Aplicațiile de spionaj funcționează așa. Dacă nu cunoașteți această aplicație, păstrați o dovadă și cereți ajutor înainte să o eliminați.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Această aplicație are un nume pe care îl folosesc doar aplicațiile proprii ale Android, dar nu a venit cu telefonul. Aplicațiile de spionaj se ascund în spatele unor astfel de nume. Nu o eliminați încă: dacă vă urmărește, eliminarea ei poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Această aplicație este făcută ca să supravegheze un telefon, de exemplu drept „control parental”. Dacă nu ați instalat-o dvs., este posibil ca cineva să urmărească ce faceți. Nu o eliminați încă: păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Această aplicație apare pe listele publice de stalkerware: aplicații care se ascund pe telefon și trimit altcuiva mesaje, locația, fotografii și apeluri. Nu o eliminați încă: asta poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Această aplicație este setată ca VPN activ permanent, deci tot ce trimite telefonul trece prin ea. A fost instalată din afara unui magazin de aplicații. Dacă nu ați ales-o dvs., nu o eliminați încă: dacă vă urmărește, eliminarea ei poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Această aplicație este setată ca prestabilită pentru mesaje sau apeluri, deci le primește pe toate, inclusiv codurile de conectare. Nu a venit cu telefonul. Dacă ați ales-o dvs., verificați dacă aveți încredere în producătorul ei.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Această aplicație este setată ca prestabilită pentru mesaje sau apeluri, deci le primește pe toate, inclusiv codurile de conectare. A fost instalată din afara unui magazin de aplicații. Nu o eliminați încă: dacă vă urmărește, eliminarea ei poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Această aplicație poate pune aplicații noi pe telefon. Așa intră adesea aplicațiile de spionaj. Dacă nu o folosiți intenționat ca să instalați aplicații, retrageți-i această permisiune.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Această aplicație poate înregistra sau transmite tot ce este pe ecran, inclusiv spectacolele și conversațiile, fără să vă întrebe mai întâi. Înregistrările spectacolelor sunt folosite pentru șantaj. Păstrați acest acces doar pentru o aplicație aleasă de dvs.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Această aplicație protejează telefonul, de exemplu verificând dacă există aplicații de spionaj. A fost dezactivată. Aplicațiile de spionaj sau oamenii care le instalează fac asta ca să nu fie găsiți.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Această aplicație vede fiecare notificare: previzualizări ale mesajelor, coduri, rezervări, cine sună. Aplicațiile de spionaj folosesc asta. Păstrați acest acces doar pentru aplicațiile de care aveți nevoie, de exemplu aplicația unui ceas inteligent.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Această aplicație vă încarcă lista de contacte pe propriile servere, unde străinii pot căuta numele pe care alți oameni le-au dat unui număr de telefon. Numerele clienților și colegilor dvs. și numele sub care i-ați salvat pleacă de pe telefon.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Această aplicație nu a fost instalată dintr-un magazin de aplicații și nu apare în lista de aplicații, așa că este ușor să nu o observați. O cunoașteți? Aplicațiile de spionaj se ascund adesea așa. Nu o eliminați încă: dacă vă urmărește, eliminarea ei poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Această aplicație nu a fost instalată dintr-un magazin de aplicații, nu are pictogramă în lista de aplicații și poate face ce fac aplicațiile de spionaj: {powers}. Acesta este tiparul pe care îl caută experții. Nu o eliminați încă: dacă vă urmărește, eliminarea ei poate avertiza persoana care a instalat-o. Păstrați o dovadă și faceți mai întâi un plan de siguranță.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Acest browser vă păstrează istoricul și conectările, pe care le poate citi oricine deschide telefonul. Pentru muncă, un browser privat păstrează mai puține sau folosiți file private și ștergeți istoricul.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Nu se poate reveni asupra acestei modificări.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Acest computer nu îi permite lui hardener să folosească portul USB. Pe Linux, instalați pachetul „android-sdk-platform-tools-common” (adaugă regulile USB), apoi conectați din nou telefonul.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>Acest computer nu are un loc sigur în care să păstreze cheia lui hardener (un „keyring”, portofel de chei). Pe Linux, instalați și deblocați GNOME Keyring sau KWallet (de exemplu: sudo apt install gnome-keyring), apoi încercați din nou. hardener nu stochează niciodată cheia într-un fișier obișnuit.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>Acest computer nu are un loc sigur în care să păstreze cheia lui hardener: hardener o păstrează în Windows Credential Manager (Managerul de acreditări), care nu a răspuns. Conectați-vă la Windows cu propriul cont (nu cu un cont de invitat), apoi încercați din nou. hardener nu stochează niciodată cheia într-un fișier obișnuit.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>Acest computer nu are un loc sigur în care să păstreze cheia lui hardener: hardener o păstrează în Keychain-ul macOS, care nu a răspuns. Deschideți aplicația Acces la keychain, verificați dacă keychain-ul „login” este acolo și deblocat, apoi încercați din nou. hardener nu stochează niciodată cheia într-un fișier obișnuit.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>Acestei copii a lui hardener îi lipsesc profilurile (situațiile pentru care plănuiește modificări). Instalați din nou hardener.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Acest lucru nu a putut fi modificat de pe computer.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>Această aplicație de întâlniri are locația dvs. exactă. Poliția a folosit aplicații de întâlniri ca să găsească lucrători sexuali. O locație aproximativă este suficientă ca să întâlniți oameni din apropiere.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>Această aplicație de întâlniri are locația dvs. exactă. Poliția a folosit aplicații de întâlniri ca să găsească lucrători sexuali. Această versiune Android nu are opțiunea de locație aproximativă: permiteți locația doar cât folosiți aplicația sau deloc.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Acesta este un rezumat al unei verificări de siguranță a acestui telefon: ce s-a găsit, ce s-a modificat, ce mai puteți face singur(ă) și ce să faceți dacă telefonul este vreodată confiscat.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>Aceasta este o aplicație obișnuită, dar poate fi folosită și ca să urmărească o persoană: de exemplu un localizator, o aplicație care înregistrează apelurile sau o aplicație de control de la distanță. Ați instalat-o dvs. și, dacă da, de ce?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Această aplicație de mesagerie vă folosește agenda ca să arate cine o mai folosește, iar oamenii care au numărul dvs. pot vedea că o folosiți. Dacă asta v-ar putea deconspira, folosiți-o cu un număr separat.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Acest telefon</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>Acest telefon mai conține {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>Acest telefon are două numere</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>Acest telefon are o singură cartelă SIM folosită și un singur WhatsApp. Dacă lucrați de pe el, țineți numărul privat pe alt telefon.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Acest telefon este gestionat de {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>Acest telefon păstrează un jurnal blocat cu modificările făcute la o vizită anterioară. Cu codul lui de revenire, acest raport le afișează.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>Acest telefon păstrează un jurnal de revenire de la o vizită anterioară. Introduceți codul de revenire ca să-l folosiți sau ștergeți jurnalul (modificările anterioare rămân atunci și nu se mai poate reveni asupra lor).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Acest rezumat nu este păstrat pe computerul pe care a fost făcut. Dacă păstrați o copie, țineți-o într-un loc sigur sau ștergeți-o când nu mai aveți nevoie de ea.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Acest cod de revenire nu deschide jurnalul de pe acest telefon. Verificați codul și încercați din nou.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>A fost lăsat cum era, pentru că nu a fost ales.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Ca să restabiliți modificările, conectați din nou telefonul la programul folosit pentru această verificare, pe orice computer, și alegeți Revenire.</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>Instrumentele pe care le folosește poliția ca să deschidă telefoane funcționează cel mai bine pe telefoanele fără actualizări de securitate. Un telefon vechi care nu mai primește actualizări este mai ușor de spart, chiar și cu un cod PIN bun.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>Instrumentele care deschid telefoanele confiscate funcționează cel mai bine pe telefoanele fără actualizări.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Tradus din ghidul în limba engleză.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Aplicațiile de traducere păstrează ce ați scris sau ați spus, adesea conversații cu clienții. Poliția a folosit acest istoric ca să dovedească faptul că anumite persoane sunt lucrători sexuali. Ștergeți-l des.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Aplicații de traducere: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>Istoricul traducerilor este citit ca să se dovedească munca sexuală și apoi pentru expulzare.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Traduceri păstrate în contul dvs.: nu au putut fi citite</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>Istoricul traducătorului</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Călătoriți doar cu conturile de care aveți nevoie</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Încercați din nou; dacă rămâne, este posibil ca telefonul să refuze să-l șteargă (verificați spațiul de stocare).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Activați Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Activați mesajele care dispar și ștergeți conversațiile și fotografiile de care nu aveți nevoie.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Activați din nou expirarea autorizării</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Activați din nou aplicația de securitate</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>Două cartele SIM sau WhatsApp alături de WhatsApp Business înseamnă adesea munca și viața privată pe un singur telefon. Dacă este confiscat, ambele vieți ajung în aceleași mâini. Un telefon separat pentru muncă este cel mai sigur.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>Remedierea erorilor prin USB și remedierea erorilor wireless sunt activate</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>Remedierea erorilor prin USB și opțiunile pentru dezvoltatori sunt dezactivate</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Remedierea erorilor prin USB și computerele de încredere</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>Autorizațiile pentru remedierea erorilor prin USB expiră</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Expirarea remedierii erorilor prin USB: nu a putut fi citită</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>Remedierea erorilor prin USB este acum dezactivată. Conexiunea s-a încheiat, așa cum era de așteptat.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>Remedierea erorilor prin USB este dezactivată pe acest telefon, deci hardener nu poate comunica cu el.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>Remedierea erorilor prin USB este activată</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>Remedierea erorilor prin USB a rămas activată, ca să puteți încerca din nou.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Remedierea erorilor prin USB: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Cod de revenire (afișat când s-au făcut modificările): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Codul de revenire pentru aceste modificări: {code}   (notați-l acum și păstrați-l separat de telefon)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Cod de revenire: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>Reveniți asupra lor?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Deblocați telefonul și atingeți „Permiteți” în mesajul „Permiteți remedierea erorilor prin USB?”…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Până când introduceți din nou codul PIN, amprenta, fața și Smart Lock nu pot deschide telefonul.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Urgent</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>Accesul la datele de utilizare îi arată unei aplicații fiecare aplicație pe care o deschideți și cât timp. Aplicațiile de spionaj îl folosesc ca să raporteze despre dvs. Puține aplicații au nevoie de el.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>Accesul la datele de utilizare arată ce aplicații folosiți și când.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Acces la datele de utilizare: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Folosiți Blocarea strictă când telefonul poate fi confiscat</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Folosiți un cod PIN, nu fața sau degetul</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Folosiți un VPN activ permanent</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Pentru ajutor, folosiți un telefon pe care persoana care vă urmărește nu îl cunoaște</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Folosiți un număr separat pentru muncă</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Folosiți un telefon sau o cartelă SIM separată pentru muncă</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Folosiți o blocare a ecranului puternică</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Utilizatori/profiluri:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN și rețea</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: nu a putut fi citit</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: faceți mesajele să dispară</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>ATENȚIE: %n modificare atinge o aplicație de spionaj, așa cum ați ales (--touch-spying-apps).</numerusform>
    <numerusform>ATENȚIE: %n modificări ating o aplicație de spionaj, așa cum ați ales (--touch-spying-apps).</numerusform>
    <numerusform>ATENȚIE: %n de modificări ating o aplicație de spionaj, așa cum ați ales (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Urmărit(ă) sau șantajat(ă) de un partener sau de un client</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>WeChat nu are mesaje care dispar. Înainte de un moment riscant, deschideți Eu, apoi Setări, apoi General, apoi Gestionați spațiul de stocare și ștergeți istoricul conversațiilor de care nu aveți nevoie.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: ștergeți conversațiile vechi</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Spectacole cu camera web și creare de conținut</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>Ce copiază conturile: nu a putut fi citit</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>Ce s-a modificat</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>Ce s-a găsit</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: faceți mesajele să dispară</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: faceți mesajele să dispară</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Când o aplicație cere să vă înregistreze sau să vă proiecteze ecranul, nu bifați niciodată „Nu mai afișa”. Setările telefonului nu au niciun comutator ca să retrageți asta: lăsați hardener să o blocheze sau eliminați aplicația.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>După ce hardener a terminat, deschideți Setări, apoi Opțiuni pentru dezvoltatori și dezactivați Remedierea erorilor wireless.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>După ce hardener a terminat, deschideți Setări, apoi Opțiuni pentru dezvoltatori, atingeți „Revocați autorizațiile pentru remedierea erorilor prin USB” și confirmați. Fiecare computer, inclusiv acesta, va trebui permis din nou. Apoi dezactivați remedierea erorilor prin USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Când este sigur să o faceți, deschideți Setări, apoi Securitate. Uitați-vă la amprente, la față și la dispozitivele de încredere. Dacă eliminați una adăugată de cealaltă persoană, aceasta poate fi alertată: plănuiți mai întâi.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>Când VPN-ul cade sau se reconectează, aplicațiile se pot conecta fără el pentru o clipă. Activați „Blocați conexiunile fără VPN” ca să nu se întâmple niciodată asta.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>Când se blochează telefonul</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Când sunteți conectat(ă), Google poate salva ce traduceți în Contul Google, departe de telefon. hardener nu poate vedea sau șterge acea copie. O puteți șterge dvs.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>De unde provin aplicațiile: nu a putut fi citit</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Cât telefonul este conectat la încărcător, ecranul nu se stinge niciodată, deci nu se blochează niciodată. Oricine îl poate lua de la încărcător și folosi.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Cine știe parola unui cont poate vedea ce păstrează acesta (mesaje, fotografii, contacte, locație) de oriunde, fără telefon. Verificați dacă știți fiecare cont de aici și țineți separat conturile de muncă și cele private.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>De ce: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>Căutarea de rețele Wi-Fi și Bluetooth este dezactivată</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Căutarea de rețele Wi-Fi și Bluetooth: nu a putut fi citită</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Codul de asociere Wi-Fi afișat pe telefon: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Căutarea de rețele Wi-Fi cât Wi-Fi este dezactivat</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>Windows Credential Manager (Managerul de acreditări), unde hardener își păstrează cheia, nu s-a deschis. Deconectați-vă de la Windows și conectați-vă din nou, apoi încercați din nou.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows nu îi permite lui hardener să folosească singur conexiunea USB a telefonului. Instalați Platform-Tools de la Google și driverul USB al telefonului, rulați o dată „adb devices”, apoi alegeți din listă telefonul „prin adb de la Google”.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>Remedierea erorilor wireless este dezactivată</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>Remedierea erorilor wireless este activată</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Remedierea erorilor wireless: nu a putut fi citită</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>Cu Verificarea identității, cineva care v-a văzut introducând codul PIN nu îl poate folosi singur ca să schimbe blocarea sau să dezactiveze protecțiile. Acest telefon o are; nu a arătat-o activată.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Fără un VPN, rețeaua la care sunteți conectat(ă) poate vedea ce site-uri și aplicații folosiți.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Fără un VPN, rețeaua pe care o folosiți (un hotel, rețeaua Wi-Fi a unui client, operatorul de telefonie) poate vedea la ce site-uri și aplicații vă conectați. Un VPN le ascunde asta.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Fără blocarea ecranului, această întârziere nu face nimic. Setați mai întâi un cod PIN.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Fără criptare, conținutul telefonului poate fi copiat cu instrumente speciale, chiar și când este blocat. Telefoanele vechi pot cripta din Setări; cele noi criptează întotdeauna.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Fără microfon și agendă, o aplicație de traducere păstrează mai puține date despre dvs.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Munca și viața privată</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Merită remediat</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 cu MIUI 14 (Android 13) cu „Remedierea erorilor prin USB (Setări de securitate)” dezactivată: modificările de permisiuni și scrierile în setările securizate sunt refuzate.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Puteți face asta singur(ă) în aplicația Setări a telefonului.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Pe acestea le faceți dvs. pe telefon:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Veți avea nevoie de codul de revenire primit când au fost făcute modificările.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Veți avea nevoie de acest cod de revenire: {code}. Păstrați această pagină separat de telefon.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Contul Google vă poate păstra traducerile</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Internetul dvs. trece prin alt computer</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Tastatura dvs. este {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>este setat un cod PIN, un model sau o parolă</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>un Spațiu privat</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>o aplicație de identificare a apelantului</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>o aplicație de stocare în cloud</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>o aplicație de întâlniri</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>o aplicație de mesagerie</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>o aplicație de monitorizare</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>o permisiune</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>o a doua copie a aplicațiilor (aplicații duble)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>o aplicație socială</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>o aplicație de spionaj</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>o aplicație de traducere</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>un profil de serviciu</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>serviciile de accesibilitate</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>conturile</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>permis</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>deja făcut</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>o aplicație</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>un magazin de aplicații</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>alt utilizator</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>pictogramele aplicațiilor</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>permisiunile aplicațiilor</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>semnăturile și numele aplicațiilor</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>spațiul de stocare al aplicațiilor</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>folosirea aplicațiilor</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>aplicațiile</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>backupul</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>blocat</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>senzorii corporali</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>calendarul</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>istoricul apelurilor</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>camera</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>vă poate citi notificările</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>nu vă poate citi notificările</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>certificatele adăugate pe telefon</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>șters</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>computerele de încredere pentru remedierea erorilor prin USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>agenda</translation>
  </message>
  <message>
   <source>default</source>
   <translation>implicit</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>aplicațiile prestabilite pentru SMS și telefon</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>browserul prestabilit</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>administratorii dispozitivului</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>afișarea peste alte aplicații</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>criptat</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>criptat (la nivel de fișier)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>criptat (tot discul)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>intrarea {number} din jurnal este deteriorată ({problem}); verificați manual</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>amprentele și fața</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>introduceți codul de asociere (cele șase cifre afișate de telefon).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener a comparat fiecare aplicație de pe acest telefon cu listele publice de stalkerware (aplicații de spionaj). Niciuna nu s-a potrivit. Listele nu sunt complete: dacă cineva pare să știe lucruri pe care n-ar trebui să le știe, cereți ajutor ca să verificați mai departe.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener nu a putut citi asta de pe telefon, deci nu poate spune ce este acolo. Vă rugăm să verificați singur(ă) pe telefon. Ce nu a mers: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener nu a putut salva jurnalul de revenire pe telefon, așa că nu a modificat nimic. Verificați dacă telefonul are spațiu liber, apoi încercați din nou.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener nu a găsit nicio problemă în ce a putut citi, dar nu a putut citi tot ce îi trebuie pentru asta, deci nu poate spune că totul este în regulă. Vă rugăm să verificați singur(ă) pe telefon. Ce a lipsit: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener a întâmpinat o problemă într-una dintre propriile verificări ({check}), așa că această parte a telefonului nu a fost evaluată. Vă rugăm să raportați problema; celelalte rezultate rămân valabile.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener nu mai păstrează nimic altceva pe acest computer. Rapoartele pe care le-ați salvat sunt acolo unde le-ați salvat.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener nu cunoaște nicio aplicație de mesagerie de pe acest telefon. Dacă folosiți una, activați-i mesajele care dispar.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener are nevoie de remedierea erorilor prin USB ca să funcționeze. Când terminați, dezactivați-o: un telefon cu remedierea erorilor activată este mai ușor de copiat. Ultimul pas, „Încheiați”, face asta pentru dvs.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>istoricul și datele păstrate pe telefon</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>drepturi de administrator al dispozitivului</translation>
  </message>
  <message>
   <source>location</source>
   <translation>locația</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>locația tot timpul</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>blocat strict până la introducerea codului PIN</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS nu îi permite lui hardener să folosească singur conexiunea USB a telefonului. Instalați Platform-Tools de la Google, rulați o dată „adb devices”, apoi alegeți din listă telefonul „prin adb de la Google”.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>mesajele</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>microfonul</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>dispozitivele din apropiere</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>niciuna (oricine poate deschide telefonul)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>normal</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>nepermis</translation>
  </message>
  <message>
   <source>off</source>
   <translation>dezactivat</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>veche: întrebați despre actualizări</translation>
  </message>
  <message>
   <source>on</source>
   <translation>activat</translation>
  </message>
  <message>
   <source>password</source>
   <translation>parolă</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>model (ușor de urmărit și de ghicit)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>întrerupt</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>apelurile telefonice</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>modelul telefonului și versiunea Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>fotografiile</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>fotografiile și fișierele</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>citirea notificărilor</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>citirea ecranului</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>se citește: {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>recentă</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>blocarea ecranului</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>înregistrarea ecranului</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>setările</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>omis, telefonul a raportat un nume nesigur: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>doar glisare (oricine poate deschide telefonul)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>oprit</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>sincronizarea</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>mesajele text</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>necunoscut</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>necunoscut (telefonul nu a spus)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>utilizabil</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>accesul la datele de utilizare</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>utilizatorii și profilurile</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>da</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} se comportă ca o aplicație de spionaj</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} poate face backup pentru toate conversațiile, fotografiile și mesajele vocale în Google Drive. hardener nu poate vedea dacă face asta, așa că vă rugăm să verificați. Oricine intră în acel Cont Google poate citi backupul.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} poate fi folosită ca să urmărească pe cineva</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} poate copia fotografii și fișiere în cloud</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} se poate afișa peste alte aplicații</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} poate instala alte aplicații</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} vă poate citi toate notificările</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} vă poate citi agenda</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} vă poate citi traficul de internet</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} vă poate înregistra ecranul fără să întrebe</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} vă poate vedea și controla ecranul</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} poate vedea ce aplicații folosiți și când</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} poate folosi: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} nu provine dintr-un magazin de aplicații</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} vă primește mesajele text</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} se ocupă de apelurile dvs.</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} are drepturi de administrator al dispozitivului</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} nu are pictogramă în lista de aplicații</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} este activ permanent și blochează traficul fără el</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} este activ permanent, dar traficul poate ieși și fără el</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} păstrează un istoric al ce traduceți</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} nu mai păstrează aproape nimic pe telefon acum</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} știe exact unde vă aflați</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} vă poate copia conversațiile în cloud</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} vă poate încărca fotografiile sau fișierele în cloudul său. hardener nu poate vedea ce încarcă, așa că vă rugăm să verificați. Oricine intră în cont le poate vedea.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} se dă drept parte din Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} pune locul unde vă aflați în fiecare fotografie</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} citește ecranul fără să apară în listă</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; nu (niciun terminal pe care să se întrebe)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>Contul {service} {account} vă copiază {data}</translation>
  </message>
 </context>
</TS>
