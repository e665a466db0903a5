<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>Cancel</source>
   <translation>⟦Càñçél ··⟧</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>⟦Chàñgé ··⟧</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>⟦Chàñgéš àñd théîr štàté ·········⟧</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>⟦Chàñgîñg thé phõñé… ·······⟧</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>⟦Kéép thé phõñé plüggéd îñ. hàrdéñér wrîtéš àñ üñdõ réçõrd õñ thé phõñé fîršt. ······························⟧</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>⟦Nõ, škîp ît ····⟧</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>⟦Qüéštîõñ: thîš çhàñgé çàññõt bé üñdõñé ···············⟧</translation>
  </message>
  <message>
   <source>State</source>
   <translation>⟦Stàté ··⟧</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>⟦Stõp çhàñgîñg thé phõñé (Éšç) ···········⟧</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>⟦Stõppîñg… ···⟧</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>⟦Thîš çhàñgé çàññõt bé üñdõñé ···········⟧</translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>⟦Ýéš, màké ît ····⟧</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>⟦{change}: {subject}
Nõw: {now}. Àftér: {after}.
Thîš çàññõt bé üñdõñé. Màké thîš çhàñgé? ···································⟧</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>⟦Chéçkîñg… ···⟧</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>⟦Cõüld ñõt çhéçk ······⟧</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>⟦Dõñé ··⟧</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>⟦Î dîd ît ···⟧</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>⟦Î dîd ît: çhéçk àgàîñ ········⟧</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>⟦Nõt ýét ··⟧</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>⟦Stõp çhéçkîñg ·····⟧</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>⟦Tõ dõ ··⟧</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>⟦hàrdéñér çhéçkéd thé phõñé: thîš îš dõñé. ················⟧</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>⟦hàrdéñér çhéçkéd thé phõñé: thîš îš ñõt dõñé ýét. Trý thé štépš àgàîñ. ····························⟧</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>⟦hàrdéñér çõüld ñõt çhéçk thîš õñ thé phõñé. Màké šüré ît îš dõñé. ··························⟧</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>⟦hàrdéñér îš réàdîñg thé phõñé àgàîñ… ··············⟧</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>⟦hàrdéñér réàdš thé phõñé àgàîñ tõ çhéçk thîš štép ···················⟧</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>⟦Àbõüt thé çhõšéñ fîñdîñg ·········⟧</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>⟦Chéçk àgàîñ ····⟧</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>⟦Chõõšé à lîñé õñ thé léft tõ réàd àbõüt ît. ·················⟧</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>⟦Chõõšé whàt tõ çhàñgé ········⟧</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>⟦Chõõšé ýõür šîtüàtîõñ àñd šéé évérý çhàñgé béfõré ît îš màdé ························⟧</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>⟦Fîñdîñgš, grõüpéd, mõšt šérîõüš fîršt ··············⟧</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>⟦Fîñîšh ··⟧</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>⟦Frõm thé NSWP güîdé “Dîgîtàl Séçürîtý”, šéçtîõñ: {section} ·······················⟧</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>⟦Hõw šérîõüš ····⟧</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>⟦Swîtçh õff ÜSB débüggîñg àñd éñd ············⟧</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>⟦Whàt hàrdéñér fõüñd ·······⟧</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>⟦Whàt hàrdéñér šàw õñ thé phõñé ············⟧</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>⟦Whàt ýõü çàñ dõ ······⟧</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>⟦Whý ît màttérš ·····⟧</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>⟦hàrdéñér fõüñd %n thîñg(š) tõ fîx ·············⟧</numerusform>
    <numerusform>⟦hàrdéñér fõüñd %n thîñg(š) tõ fîx ·············⟧</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>⟦hàrdéñér fõüñd ñõthîñg ürgéñt tõ fîx ··············⟧</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message>
   <source>Also delete hardener's undo record from the phone (then nobody can undo these changes)</source>
   <translation>⟦Àlšõ délété hàrdéñér'š üñdõ réçõrd frõm thé phõñé (théñ ñõbõdý çàñ üñdõ théšé çhàñgéš) ··································⟧</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>⟦Bàçk ··⟧</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>⟦Càñçél ··⟧</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>⟦Éñdš thé çõññéçtîõñ tõ thé phõñé ············⟧</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>⟦Fîñîšh ··⟧</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>⟦Màké thé phõñé fõrgét thîš çõmpütér ··············⟧</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>⟦Néxt péršõñ: çléàr évérýthîñg ···········⟧</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>⟦Õñ thé phõñé, õpéñ Séttîñgš, théñ Dévélõpér õptîõñš (õftéñ üñdér “Sýštém”). Îf ýõü çàññõt fîñd Dévélõpér õptîõñš, ît îš àlréàdý õff: ýõü àré dõñé. ··························································⟧</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>⟦Rémõvéš évérýthîñg àbõüt thîš phõñé frõm thé šçrééñ àñd mémõrý ························⟧</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>⟦Stõp (Éšç) ····⟧</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>⟦Swîtçh õff ÜSB débüggîñg ·········⟧</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>⟦Swîtçh “Üšé dévélõpér õptîõñš” õff, àt thé tõp õf thé šçrééñ. ························⟧</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>⟦Swîtçhîñg õff ÜSB débüggîñg… ···········⟧</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>⟦Tàp “Révõké ÜSB débüggîñg àüthõrîšàtîõñš”, théñ “ÕK”. ·····················⟧</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>⟦Thé phõñé dîd ñõt çõñfîrm. Swîtçh ît õff õñ thé phõñé: fõllõw thé štépš bélõw. ·······························⟧</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>⟦Thîš tàkéš à féw šéçõñdš. ··········⟧</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>⟦ÜSB débüggîñg îš õff ········⟧</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>⟦ÜSB débüggîñg màý štîll bé õñ ···········⟧</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>⟦Üñplüg thé phõñé. ······⟧</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>⟦Ýõü çàñ üñplüg thé phõñé. Õñé làšt štép õñ thé phõñé: ·····················⟧</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>⟦hàrdéñér ñõw šwîtçhéš õff ÜSB débüggîñg àñd Dévélõpér õptîõñš õñ thé phõñé. Thé phõñé théñ dîšçõññéçtš: thàt îš éxpéçtéd. ················································⟧</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>⟦&amp;Hélp ··⟧</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>⟦&amp;Làñgüàgé ···⟧</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>⟦&amp;Néxt péršõñ: çléàr évérýthîñg ············⟧</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>⟦&amp;Qüît ··⟧</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>⟦&amp;Séššîõñ ···⟧</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>⟦&amp;Téxt šîžé ····⟧</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>⟦Bîggér téxt ····⟧</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>⟦Chéçkîñg štõppéd. Nõthîñg wàš çhàñgéd õñ thé phõñé. ····················⟧</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>⟦Hõw tõ šwîtçh õñ &amp;ÜSB débüggîñg ············⟧</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>⟦Làrgé ··⟧</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>⟦Làrgér ··⟧</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>⟦Làrgéšt ··⟧</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>⟦Nõrmàl ··⟧</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>⟦Phõñé: {name} ·····⟧</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>⟦Pràçtîçé phõñé (ñõt à réàl phõñé) ·············⟧</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>⟦Smàllér téxt ····⟧</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>⟦Stõppéd. Thé phõñé îš ñõt çõññéçtéd. ··············⟧</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>⟦hàrdéñér: çhéçk àñd prõtéçt à phõñé ··············⟧</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>⟦Àlréàdý fîñé ····⟧</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>⟦Càññõt bé üñdõñé ······⟧</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>⟦Chàñgîñg… ···⟧</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>⟦Fîxéd ··⟧</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>⟦Màýbé çhàñgéd ·····⟧</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>⟦Nõt fîxéd ···⟧</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>⟦Nõt püt bàçk ····⟧</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>⟦Püt bàçk ···⟧</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>⟦Skîppéd ··⟧</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>⟦Thé phõñé dîd ñõt àççépt thé çhàñgé. Sõmé phõñéš blõçk ît. ·······················⟧</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>⟦Thé phõñé dîd ñõt tàké thé õld vàlüé bàçk. ················⟧</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>⟦Thé phõñé šàîd: {detail} ·········⟧</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>⟦Thé phõñé wàš àlréàdý šét thîš wàý. ··············⟧</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>⟦Wàîtîñg ··⟧</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>⟦Wõrkîñg… ···⟧</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>⟦Ýõü çhõšé ñõt tõ màké thîš çhàñgé. ·············⟧</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>⟦hàrdéñér çõüld ñõt réàd thé šéttîñg bàçk, šõ ît çàññõt šàý ît wõrkéd. ···························⟧</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>⟦%n àlréàdý fîñé. ······⟧</numerusform>
    <numerusform>⟦%n àlréàdý fîñé. ······⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>⟦%n fîxéd. ···⟧</numerusform>
    <numerusform>⟦%n fîxéd. ···⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>⟦%n ñõt fîxéd: šéé whý bélõw. ···········⟧</numerusform>
    <numerusform>⟦%n ñõt fîxéd: šéé whý bélõw. ···········⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>⟦%n škîppéd. ····⟧</numerusform>
    <numerusform>⟦%n škîppéd. ····⟧</numerusform>
   </translation>
  </message>
  <message>
   <source>Change</source>
   <translation>⟦Chàñgé ··⟧</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>⟦Dõñé ··⟧</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>⟦Dõñé, wîth prõblémš ·······⟧</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>⟦Dõñé. Thîš çàññõt bé üñdõñé. ···········⟧</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>⟦Évérý çhàñgé àñd îtš réšült ··········⟧</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>⟦Fîñîšh ··⟧</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>⟦Püt bàçk thé vàlüéš frõm béfõré ············⟧</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>⟦Réšült ··⟧</translation>
  </message>
  <message>
   <source>Steps to do on the phone</source>
   <translation>⟦Stépš tõ dõ õñ thé phõñé ·········⟧</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>⟦Swîtçh õff ÜSB débüggîñg àñd éñd ············⟧</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>⟦Üñdõ théšé çhàñgéš ·······⟧</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>⟦Whý ··⟧</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>⟦Àbõüt phõñé ····⟧</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>⟦Àddîtîõñàl šéttîñgš ·······⟧</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>⟦Àllõw ··⟧</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>⟦Àllõw ÀDB débüggîñg îñ çhàrgé-õñlý mõdé ···············⟧</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>⟦Àllõw ÜSB débüggîñg? ········⟧</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>⟦Àlwàýš àllõw frõm thîš çõmpütér ············⟧</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>⟦Àñdrõîd véršîõñ ······⟧</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>⟦Àppš ··⟧</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>⟦Bàttérý ··⟧</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>⟦Büîld ñümbér ····⟧</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>⟦Càñçél ··⟧</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>⟦Chàrgîñg õñlý ·····⟧</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>⟦Déñý ··⟧</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>⟦Dévélõpér õptîõñš ······⟧</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>⟦Dîšplàý ··⟧</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>⟦Fîlé tràñšfér ·····⟧</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>⟦MÎÜÎ véršîõñ / ÕS véršîõñ ··········⟧</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>⟦Mõdél ··⟧</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>⟦Nétwõrk &amp; îñtérñét ·······⟧</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>⟦ÕK ··⟧</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>⟦Pîçtüré õf à phõñé šçrééñ ··········⟧</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>⟦Révõké ÜSB débüggîñg àüthõrîšàtîõñš ··············⟧</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>⟦Révõké àççéšš tõ ÜSB débüggîñg frõm àll çõmpütérš ýõü'vé prévîõüšlý àüthõrîšéd? ·······························⟧</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>⟦Séçürîtý ···⟧</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>⟦Séttîñgš ···⟧</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>⟦Sõftwàré îñfõrmàtîõñ ········⟧</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>⟦Stàý àwàké ····⟧</translation>
  </message>
  <message>
   <source>System</source>
   <translation>⟦Sýštém ··⟧</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>⟦Sýštém &amp; üpdàtéš ······⟧</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>⟦Tàp: {row} ····⟧</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>⟦Thé çõmpütér'š RSÀ kéý fîñgérprîñt îš: 5C:1É:… ··················⟧</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>⟦ÜSB débüggîñg ·····⟧</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>⟦ÜSB débüggîñg (Séçürîtý šéttîñgš) ·············⟧</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>⟦ÜSB débüggîñg îš îñtéñdéd fõr dévélõpméñt pürpõšéš õñlý. ······················⟧</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>⟦Üšé ÜSB fõr ····⟧</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>⟦Üšé dévélõpér õptîõñš ········⟧</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>⟦Véršîõñ ··⟧</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>⟦Wîréléšš débüggîñg ·······⟧</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>⟦Ýõü àré ñõw à dévélõpér! ·········⟧</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>⟦Àllõw ··⟧</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>⟦Àllõw ÜSB débüggîñg? ········⟧</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>⟦Àlwàýš àllõw frõm thîš çõmpütér ············⟧</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>⟦Déñý ··⟧</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>⟦Õñ thé pràçtîçé phõñé'š šçrééñ (ñõt à réàl phõñé): ····················⟧</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>⟦Pràçtîçé phõñé šçrééñ ········⟧</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>⟦Pràçtîçé phõñé: àllõw thîš çõmpütér ··············⟧</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>⟦Pràçtîçé phõñé: réfüšé thîš çõmpütér ··············⟧</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>⟦Thé çõmpütér'š RSÀ kéý fîñgérprîñt îš: ···············⟧</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>⟦À prõfîlé îš brõkéñ ·······⟧</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>⟦Àñõthér prõgràm îš üšîñg thé phõñé ·············⟧</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>⟦Àškš béfõré štõppîñg thé àdb prõgràm õñ thîš çõmpütér ·····················⟧</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>⟦Bàçk tõ thé štàrt ······⟧</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>⟦Cõññéçt àgàîñ ·····⟧</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>⟦Détàîlš fõr à hélpér ········⟧</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>⟦Hõw tõ šwîtçh õñ ÜSB débüggîñg ············⟧</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>⟦Mõré thàñ õñé phõñé ·······⟧</translation>
  </message>
  <message>
   <source>No</source>
   <translation>⟦Nõ ··⟧</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>⟦Nõ phõñé fõüñd ·····⟧</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>⟦Nõ šàfé plàçé fõr hàrdéñér'š kéý ············⟧</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>⟦Nõthîñg wàš çhàñgéd ·······⟧</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>⟦Nõthîñg wàš çhàñgéd õñ thé phõñé. ·············⟧</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>⟦Sõmé çhàñgéš màý àlréàdý bé màdé. Cõññéçt àgàîñ: hàrdéñér wîll šhõw thém àñd õffér tõ fîñîšh õr üñdõ thém. ··········································⟧</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>⟦Sõmé šéttîñgš màý ñõt bé bàçk ýét. Cõññéçt àgàîñ tõ fîñîšh üñdõîñg thém. ····························⟧</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>⟦Sõméthîñg wéñt wrõñg ········⟧</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>⟦Stõp thé õthér prõgràm… ·········⟧</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>⟦Stõppéd ··⟧</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>⟦Thé ÜSB põrt îš ñõt àllõwéd ··········⟧</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>⟦Thé çõññéçtîõñ tõ thé phõñé wàš lõšt ··············⟧</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>⟦Thé phõñé dîd ñõt àllõw thîš çõmpütér ··············⟧</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>⟦Thé phõñé dõéš ñõt àñšwér ··········⟧</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>⟦Thîš štõpš thé “àdb” prõgràm õñ thîš çõmpütér. Îf šõméõñé élšé îš üšîñg ît (fõr éxàmplé Àñdrõîd Stüdîõ), théý lõšé théîr phõñé çõññéçtîõñ. Stõp ît? ··························································⟧</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>⟦Trý àgàîñ ···⟧</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>⟦ÜSB débüggîñg îš õff ········⟧</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>⟦ÜSB débüggîñg màý štîll bé õñ. Cõññéçt àgàîñ àñd préšš Fîñîšh, õr šwîtçh ît õff õñ thé phõñé. ·····································⟧</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>⟦Ýéš, štõp ît ····⟧</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>⟦hàrdéñér mét à prõblém ît dîd ñõt éxpéçt. Nõthîñg mõré wîll bé dõñé tõ thé phõñé. ································⟧</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>⟦Càñçél ··⟧</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>⟦Chéçkîñg thé phõñé àgàîñ… ··········⟧</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>⟦Chéçkîñg thé phõñé… ·······⟧</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>⟦Hõw müçh õf thé phõñé îš réàd ···········⟧</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>⟦Pàrtš õf thé phõñé àlréàdý réàd ············⟧</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>⟦Réàd: {part} ····⟧</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>⟦Stõp çhéçkîñg (Éšç) ·······⟧</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>⟦Stõppîñg… ···⟧</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>⟦hàrdéñér réàdš thé phõñé'š šéttîñgš. Ît çhàñgéš ñõthîñg. ······················⟧</translation>
  </message>
 </context>
 <context>
  <name>Severity</name>
  <message>
   <source>Could not check</source>
   <translation>⟦Cõüld ñõt çhéçk ······⟧</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>⟦Gõõd tõ kñõw ····⟧</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>⟦Împõrtàñt ···⟧</translation>
  </message>
  <message>
   <source>Safe</source>
   <translation>⟦Sàfé ··⟧</translation>
  </message>
  <message>
   <source>Should fix</source>
   <translation>⟦Shõüld fîx ····⟧</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>⟦Ürgéñt ··⟧</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>⟦%n àlréàdý dõñé. ······⟧</numerusform>
    <numerusform>⟦%n àlréàdý dõñé. ······⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>⟦%n çhàñgé(š) wéré léft õüt béçàüšé à ñàmé õñ thé phõñé dîd ñõt lõõk šàfé. ·····························⟧</numerusform>
    <numerusform>⟦%n çhàñgé(š) wéré léft õüt béçàüšé à ñàmé õñ thé phõñé dîd ñõt lõõk šàfé. ·····························⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>⟦%n õf thém çàññõt bé üñdõñé: ýõü wîll bé àškéd àgàîñ. ·····················⟧</numerusform>
    <numerusform>⟦%n õf thém çàññõt bé üñdõñé: ýõü wîll bé àškéd àgàîñ. ·····················⟧</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>⟦Àftér ··⟧</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>⟦Àlréàdý dõñé ····⟧</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>⟦Bàçk tõ whàt wàš fõüñd ········⟧</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>⟦Càñ bé üñdõñé ·····⟧</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>⟦Càññõt bé üñdõñé ······⟧</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>⟦Chàñgé ··⟧</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>⟦Chàñgé thé phõñé àš šhõwñ îñ thé lîšt ··············⟧</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>⟦Chàñgéš hàrdéñér wîll màké ··········⟧</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>⟦Chõõšé à šîtüàtîõñ õñ thé léft. ············⟧</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>⟦Chõõšé thé šîtüàtîõñ çlõšéšt tõ ýõürš. Ýõü šéé évérý çhàñgé béfõré ît îš màdé. ·······························⟧</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>⟦Évérý çhàñgé, wîth thé vàlüé ñõw àñd àftér ················⟧</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>⟦Màké théšé çhàñgéš ·······⟧</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>⟦Nõw ··⟧</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>⟦Sîtüàtîõñš ····⟧</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>⟦Stépš ýõü dõ õñ thé phõñé ··········⟧</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>⟦Thé phõñé îš àlréàdý šét thîš wàý. Nõthîñg tõ çhàñgé. ·····················⟧</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>⟦Thîš çhõîçé çhàñgéš ñõthîñg õñ thé phõñé. ················⟧</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>⟦Üñdõ ··⟧</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>⟦Whàt îš ýõür šîtüàtîõñ? ·········⟧</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>⟦hàrdéñér wîll màké %n çhàñgé(š). ············⟧</numerusform>
    <numerusform>⟦hàrdéñér wîll màké %n çhàñgé(š). ············⟧</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>⟦À phõñé õñ ÜSB ·····⟧</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>⟦À phõñé õñ Wî-Fî (àddréšš) ··········⟧</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>⟦Àddréšš õf thé phõñé õñ Wî-Fî, fõr éxàmplé 192.168.1.20:5555 ························⟧</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>⟦Chéçk àñd prõtéçt à phõñé ··········⟧</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>⟦Cõññéçt ··⟧</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>⟦Cõññéçt thé phõñé tõ thîš çõmpütér. hàrdéñér çhéçkš ît, éxplàîñš whàt ît fîñdš, àñd çàñ çhàñgé šéttîñgš tõ màké ît šàfér. Ît kéépš ñõthîñg àbõüt thé phõñé õñ thîš çõmpütér. ····································································⟧</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>⟦Cõññéçt tõ thé çhõšéñ phõñé ··········⟧</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>⟦Hõw tõ šwîtçh õñ ÜSB débüggîñg ············⟧</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>⟦Lõõk àgàîñ ····⟧</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>⟦Lõõk àgàîñ fõr phõñéš õñ ÜSB ···········⟧</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>⟦Nõ phõñé fõüñd ýét. Plüg ît îñ wîth à ÜSB çàblé, üñlõçk ît, àñd šwîtçh õñ ÜSB débüggîñg. ···································⟧</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>⟦Phõñéš fõüñd õñ ÜSB ·······⟧</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>⟦Pràçtîçé phõñé (ñõt à réàl phõñé) ·············⟧</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>⟦Týpé thé phõñé'š àddréšš fîršt, fõr éxàmplé 192.168.1.20:5555. ························⟧</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>⟦Whîçh pràçtîçé phõñé ········⟧</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>⟦%n çhàñgé(š) çàññõt bé üñdõñé (fõr éxàmplé, çléàréd àpp hîštõrý). ··························⟧</numerusform>
    <numerusform>⟦%n çhàñgé(š) çàññõt bé üñdõñé (fõr éxàmplé, çléàréd àpp hîštõrý). ··························⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>⟦%n çõüld ñõt bé püt bàçk: šéé whý bélõw. ················⟧</numerusform>
    <numerusform>⟦%n çõüld ñõt bé püt bàçk: šéé whý bélõw. ················⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>⟦%n vàlüé(š) àré bàçk àš théý wéré. ·············⟧</numerusform>
    <numerusform>⟦%n vàlüé(š) àré bàçk àš théý wéré. ·············⟧</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>⟦Bàçk ··⟧</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>⟦Càñçél ··⟧</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>⟦Chàñgé ··⟧</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>⟦Chàñgéš îñ thé üñdõ réçõrd ··········⟧</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>⟦Chéçk thé phõñé àgàîñ ········⟧</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>⟦Fîñîšh ··⟧</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>⟦Fîñîšh õr üñdõ thé làšt çhàñgéš ············⟧</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>⟦Kéép thé çhàñgéš ······⟧</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>⟦Kéép thé phõñé plüggéd îñ. ··········⟧</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>⟦Kéép thém àñd gõ õñ ·······⟧</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>⟦Pàrtlý üñdõñé ·····⟧</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>⟦Püt bàçk thé vàlüéš frõm béfõré ············⟧</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>⟦Püttîñg thé õld vàlüéš bàçk… ···········⟧</translation>
  </message>
  <message>
   <source>State</source>
   <translation>⟦Stàté ··⟧</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>⟦Stõp üñdõîñg (Éšç) ·······⟧</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>⟦Swîtçh õff ÜSB débüggîñg àñd éñd ············⟧</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>⟦Thé làšt çhàñgéš wéré ñõt fîñîšhéd ·············⟧</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>⟦Üñdõ thém ···⟧</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>⟦Üñdõ théšé çhàñgéš? ·······⟧</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>⟦Üñdõñé ··⟧</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>⟦Whý ··⟧</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>⟦hàrdéñér çhàñgéd thîš phõñé béfõré àñd képt àñ üñdõ réçõrd õñ ît. %n çhàñgé(š) çàñ bé üñdõñé. ·····································⟧</numerusform>
    <numerusform>⟦hàrdéñér çhàñgéd thîš phõñé béfõré àñd képt àñ üñdõ réçõrd õñ ît. %n çhàñgé(š) çàñ bé üñdõñé. ·····································⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>⟦hàrdéñér pütš bàçk thé vàlüéš thé phõñé hàd béfõré. %n çhàñgé(š) çàñ bé üñdõñé. ·······························⟧</numerusform>
    <numerusform>⟦hàrdéñér pütš bàçk thé vàlüéš thé phõñé hàd béfõré. %n çhàñgé(š) çàñ bé üñdõñé. ·······························⟧</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>⟦hàrdéñér wàš çhàñgîñg thîš phõñé whéñ ît štõppéd (pérhàpš thé çàblé wàš pülléd). Ît wrõté dõwñ évérý vàlüé ît màý hàvé çhàñgéd. %n çhàñgé(š) çàñ bé üñdõñé. ······························································⟧</numerusform>
    <numerusform>⟦hàrdéñér wàš çhàñgîñg thîš phõñé whéñ ît štõppéd (pérhàpš thé çàblé wàš pülléd). Ît wrõté dõwñ évérý vàlüé ît màý hàvé çhàñgéd. %n çhàñgé(š) çàñ bé üñdõñé. ······························································⟧</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>⟦Fîñd “Büîld ñümbér” (šõmétîméš îñšîdé “Sõftwàré îñfõrmàtîõñ” õr “Véršîõñ”) àñd tàp ît 7 tîméš, qüîçklý. Ýõü çàñ àlšõ týpé “Büîld ñümbér” îñ thé šéàrçh bõx àt thé tõp õf Séttîñgš. ·······································································⟧</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>⟦Gõ bàçk tõ Séttîñgš àñd fîñd “Dévélõpér õptîõñš”. Ît îš õftéñ üñdér “Sýštém”. Ýõü çàñ àlšõ týpé “Dévélõpér” îñ thé šéàrçh bõx àt thé tõp õf Séttîñgš. ···························································⟧</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>⟦Gõ bàçk tõ Séttîñgš. Tàp “Àddîtîõñàl šéttîñgš” (õr “Sýštém šéttîñgš”), théñ “Dévélõpér õptîõñš”. ······································⟧</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>⟦Gõ bàçk tõ Séttîñgš. Tàp “Àddîtîõñàl šéttîñgš”, théñ “Dévélõpér õptîõñš”. ·····························⟧</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>⟦Gõ bàçk tõ Séttîñgš. Tàp “Sýštém &amp; üpdàtéš”, théñ “Dévélõpér õptîõñš”. ····························⟧</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>⟦Gõ bàçk tõ Séttîñgš. Tàp “Sýštém”, théñ “Dévélõpér õptîõñš”. ························⟧</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>⟦Gõ bàçk tõ thé fîršt Séttîñgš šçrééñ. “Dévélõpér õptîõñš” îš ñõw àt thé vérý bõttõm. Tàp ît. ····································⟧</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>⟦Îf ýõü àlšõ šéé “ÜSB débüggîñg (Séçürîtý šéttîñgš)”, šwîtçh ît õñ tõõ. Wîthõüt ît, hàrdéñér çàñ çhéçk thé phõñé büt çàññõt çhàñgé šõmé šéttîñgš. Thé phõñé màý àšk ýõü tõ šîgñ îñ tõ à Mî àççõüñt. ·············································································⟧</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>⟦Îf ýõü šéé “Àllõw ÀDB débüggîñg îñ çhàrgé-õñlý mõdé”, šwîtçh ît õñ tõõ. ····························⟧</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>⟦Õpéñ Séttîñgš. Sçrõll tõ thé bõttõm àñd tàp “Àbõüt phõñé”. ·······················⟧</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>⟦Plüg thé phõñé îñtõ thîš çõmpütér wîth à ÜSB çàblé. Üñlõçk thé phõñé. Îf thé phõñé àškš whàt thé ÜSB çõññéçtîõñ îš fõr, çhõõšé “Fîlé tràñšfér”. ·························································⟧</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>⟦Swîtçh õñ “ÜSB débüggîñg”. Thé phõñé àškš îf ýõü àré šüré: tàp “ÕK”. ···························⟧</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>⟦Tàp “Büîld ñümbér” 7 tîméš, qüîçklý. Îf thé phõñé àškš, éñtér ýõür PÎN. Thé phõñé théñ šàýš thàt ýõü àré ñõw à dévélõpér. ················································⟧</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>⟦Tàp “MÎÜÎ véršîõñ” 7 tîméš, qüîçklý (õñ ñéwér phõñéš ît îš çàlléd “ÕS véršîõñ”). Îf thé phõñé àškš, éñtér ýõür PÎN. ··············································⟧</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>⟦Tàp “Sõftwàré îñfõrmàtîõñ”. ··········⟧</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>⟦Tàp “Véršîõñ”. Théñ tàp “Büîld ñümbér” 7 tîméš, qüîçklý. Îf thé phõñé àškš, éñtér ýõür PÎN. ····································⟧</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>⟦Thé phõñé àškš “Àllõw ÜSB débüggîñg?”. Tàp “Àllõw”. Dõ ñõt tîçk “Àlwàýš àllõw” üñléšš thîš îš ýõür õwñ çõmpütér. ············································⟧</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>⟦Bàçk ··⟧</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>⟦Chõõšé thé màké õf thé phõñé. Théñ dõ thé štépš õñ thé phõñé, õñé bý õñé. ·····························⟧</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>⟦Hõw tõ šwîtçh õñ ÜSB débüggîñg ············⟧</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>⟦Màké õf phõñé ·····⟧</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>⟦Õthér phõñéš ····⟧</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>⟦Càñçél ··⟧</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>⟦Cõññéçtîñg tõ thé phõñé… ·········⟧</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>⟦Dõ ñõt tîçk “Àlwàýš àllõw frõm thîš çõmpütér” üñléšš thîš îš ýõür õwñ çõmpütér. Îf ýõü dõ ñõt šéé thé qüéštîõñ, üñplüg thé çàblé àñd plüg ît îñ àgàîñ. ····························································⟧</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>⟦Stõp çõññéçtîñg (Éšç) ········⟧</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>⟦Tàp “Àllõw” õñ thé phõñé ·········⟧</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>⟦Thé pràçtîçé phõñé àškš “Àllõw ÜSB débüggîñg?”. Àñšwér ît õñ thé pràçtîçé phõñé'š šçrééñ. ···································⟧</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>⟦Thîš tàkéš à féw šéçõñdš. ··········⟧</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>⟦Üñlõçk thé phõñé. Ît àškš “Àllõw ÜSB débüggîñg?”. Tàp “Àllõw”. ························⟧</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>⟦Wàîtîñg ··⟧</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>⟦"Sýñç àütõmàtîçàllý" îš õñ: çõñtàçtš, çàléñdàr àñd mõré àré çõpîéd tõ thé àççõüñtš àll thé tîmé. Thàt çõpý çàñ bé réàd wîthõüt thé phõñé bý àñýõñé wîth thé pàššwõrd, õr hàñdéd tõ põlîçé bý thé çõmpàñý. ················································································⟧</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>⟦(ñõt šét) ···⟧</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>⟦À "dévîçé õwñér" àpp çõñtrõlš àlmõšt évérýthîñg õñ thîš phõñé àñd çàñ šéé à lõt. Thàt îš ñõrmàl õñlý õñ à wõrk phõñé frõm àñ émplõýér. Îf thîš îš ýõür õwñ phõñé, gét hélp. ····································································⟧</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>⟦À brõkéñ õr hõštîlé phõñé (Àñdrõîd 12L): pàçkàgé ñàméš, àççõüñt ñàméš, šéttîñgš àñd prõpértîéš thàt trý šhéll îñjéçtîõñ, ñéwlîñéš, NÜL býtéš, rîght-tõ-léft màrkš, vérý lõñg vàlüéš, àñd gàrbàgé lîñéš îñ évérý dümp. ·····················································································⟧</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>⟦À çhéçk çõüld ñõt fîñîšh ·········⟧</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>⟦À çlõüd bàçküp çàñ bé réàd wîthõüt thé phõñé, bý àñýõñé wîth thé àççõüñt pàššwõrd. ································⟧</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>⟦À çõpý îš õñ thé phõñé: {path} ············⟧</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>⟦À çõpý õf whàt ýõü tràñšlàté çàñ štàý îñ ýõür Gõõglé àççõüñt. ························⟧</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>⟦À dévîçé àdmîñ àpp çàñ lõçk õr wîpé thé phõñé, àñd îš hàrd tõ rémõvé. ···························⟧</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>⟦À fàçé õr fîñgér çàñ bé üšéd tõ õpéñ thé phõñé wîthõüt ýõü àgrééîñg. ···························⟧</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, switch them off in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>⟦À fîñgér õr à fàçé çàñ bé fõrçéd. Béfõré à rîšký mõméñt, šwîtçh thém õff îñ Séttîñgš, théñ Séçürîtý, õr üšé Lõçkdõwñ frõm thé põwér méñü. ······················································⟧</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>⟦À fîñgér õr à fàçé çàñ bé fõrçéd: šõméõñé çàñ hõld thé phõñé tõ ýõür fàçé õr préšš ýõür fîñgér õñ ît. À PÎN štàýš îñ ýõür héàd. Béfõré à rîšký mõméñt üšé Lõçkdõwñ, õr rémõvé fîñgérprîñtš àñd fàçé. ··············································································⟧</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot.</source>
   <translation>⟦À fîñgér õr à fàçé çàñ bé fõrçéd; à PÎN îñ ýõür héàd çàññõt. ························⟧</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>⟦À mõñîtõrîñg àpp wàš fõüñd: {app} ·············⟧</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>⟦À pàttérñ îš éàšý tõ güéšš, éàšý tõ šéé õvér ýõür šhõüldér, àñd õftéñ léàvéš à màrk õñ thé šçrééñ. À PÎN õf 6 ñümbérš õr mõré, õr à pàššwõrd, îš müçh šàfér. ······························································⟧</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>⟦À phõñé tàkéñ whîlé ît îš štîll üñlõçkéd gîvéš évérýthîñg àwàý. ·························⟧</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>⟦À phõñé tàkéñ whîlé thé šçrééñ îš štîll õñ îš õpéñ: ñõthîñg ñéédš tõ bé güéššéd. 30 šéçõñdš îš šàfér. ········································⟧</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>⟦À phõñé thàt îš šwîtçhéd õff àñd lõçkéd wîth à PÎN îš thé hàrdéšt tõ õpéñ. ·····························⟧</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>⟦À phõñé thàt õpéñš wîthõüt à PÎN gîvéš põlîçé õr à blàçkmàîlér évérýthîñg õñ ît. ································⟧</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>⟦À phõñé thàt štàýš àwàké õñ thé çhàrgér štàýš õpéñ tõ àñýõñé. ························⟧</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>⟦À phõñé thàt wàš šwîtçhéd õff àñd ñõt üñlõçkéd šîñçé îš thé hàrdéšt tõ réàd. Îf ýõü éxpéçt põlîçé, à bõrdér õr à ràîd, šwîtçh ît õff. ·····················································⟧</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>⟦À phõñé wîth àbõüt 600 àppš (Pîxél 6à, Àñdrõîd 13): màñý gàméš, šhõpš àñd tõõlš; téštš thàt thé šçàñ çõšt dõéš ñõt grõw wîth thé àpp çõüñt. ·······················································⟧</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>⟦À šçrééñ lõçk îš šét ········⟧</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>⟦À šépàràté wõrk îdéñtîtý ·········⟧</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>⟦À šéttîñg õñ thîš phõñé ñéédš àttéñtîõñ ···············⟧</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>⟦À šéttîñg wàš çhàñgéd ········⟧</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>⟦À šéx wõrkér õrgàñîšàtîõñ, à dõméštîç vîõléñçé šérvîçé õr à dîgîtàl šéçürîtý hélplîñé çàñ hélp ýõü çhéçk thé phõñé àñd déçîdé whàt tõ dõ. Kéép üšîñg thé phõñé àš üšüàl üñtîl ýõü hàvé à plàñ. ············································································⟧</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>⟦À špýîñg àpp šhõwš šõméõñé élšé ýõür méššàgéš, çàllš àñd lõçàtîõñ. ··························⟧</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>⟦À špýîñg àpp wàš fõüñd: {app} ···········⟧</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>⟦À wõrk prõfîlé îš màñàgéd bý {app} ·············⟧</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>⟦Àççéššîbîlîtý àççéšš létš àñ àpp réàd évérýthîñg õñ thé šçrééñ, šéé whàt ýõü týpé, àñd tàp fõr ýõü. Spýîñg àppš üšé ît. Kéép ît õñlý fõr àppš ýõü çhõšé, lîké à šçrééñ réàdér. ·····································································⟧</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>⟦Àççéššîbîlîtý àppš: çõüld ñõt bé réàd ··············⟧</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>⟦Àççõüñt ··⟧</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>⟦Àççõüñtš çõpý dàtà õff thé phõñé àütõmàtîçàllý ··················⟧</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>⟦Àççõüñtš õñ thîš phõñé: {service} ({count}) ·················⟧</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>⟦Àççõüñtš: çõüld ñõt bé réàd ··········⟧</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>⟦Àlréàdý fîñé ····⟧</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>⟦Àñ àpp thàt dràwš õvér õthérš çàñ šhõw fàké šçrééñš tõ štéàl ýõür PÎN. ····························⟧</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>⟦Àñ àpp thàt réàdš ñõtîfîçàtîõñš šééš évérý méššàgé prévîéw. ·······················⟧</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>⟦Àñ àpp wîth àççéššîbîlîtý àççéšš çàñ réàd ýõür šçrééñ àñd àçt àš ýõü. ···························⟧</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>⟦Àñ õütréàçh phõñé wîth šürvéý õr çlîéñt dàtà ·················⟧</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>⟦Àñdrõîd bàçküp çõpîéš àpp dàtà àñd šéttîñgš, àñd wîth Gõõglé õftéñ téxt méššàgéš àñd çàll hîštõrý, tõ ýõür àççõüñt. Àñýõñé wîth thé pàššwõrd, õr thé çõmpàñý whéñ põlîçé àšk, çàñ réàd ît wîthõüt thé phõñé. ·················································································⟧</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>⟦Àñdrõîd bàçküp îš õff ········⟧</translation>
  </message>
  <message>
   <source>Another program on this computer (the "adb" server, process {pid}) is using the phone. hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>⟦Àñõthér prõgràm õñ thîš çõmpütér (thé "àdb" šérvér, prõçéšš {pid}) îš üšîñg thé phõñé. hàrdéñér çàñ štõp ît îf ýõü àgréé, õr ýõü çàñ çlõšé thàt prõgràm ýõüršélf. ································································⟧</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>⟦Àñýõñé hõldîñg thé lõçkéd phõñé çàñ réàd méššàgéš thàt šhõw õñ îtš šçrééñ. ·····························⟧</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>⟦Àñýõñé whõ pîçkš üp thîš phõñé çàñ õpéñ ît àñd réàd évérýthîñg: méššàgéš, phõtõš, çõñtàçtš àñd tràñšlàtîõñ hîštõrý. Sét à PÎN õf 6 ñümbérš õr mõré, õr à pàššwõrd. ································································⟧</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>⟦Àpp pérmîššîõñš: çõüld ñõt bé réàd ·············⟧</translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>⟦Àppš àñd pérmîššîõñš ········⟧</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>⟦Àppš lîké thîš üplõàd ýõür çõñtàçtš àñd üšé thém tõ šüggéšt "péõplé ýõü màý kñõw". Clîéñtš, çõlléàgüéš õr fàmîlý çàñ théñ bé šhõwñ ýõür prõfîlé, õr ýõü théîrš. Thàt çàñ õüt ýõü. ······································································⟧</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>⟦Àppš thàt çàñ îñštàll àppš: çõüld ñõt bé réàd ··················⟧</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>⟦Àppš thàt dràw õvér õthér àppš: çõüld ñõt bé réàd ···················⟧</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>⟦Àppš thàt réàd ýõür çõñtàçtš çàñ šhõw ýõür prõfîlé tõ çlîéñtš õr fàmîlý. ····························⟧</translation>
  </message>
  <message>
   <source>Apps with the camera or microphone can record you; with location they know where you work.</source>
   <translation>⟦Àppš wîth thé çàmérà õr mîçrõphõñé çàñ réçõrd ýõü; wîth lõçàtîõñ théý kñõw whéré ýõü wõrk. ····································⟧</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>⟦Àppš: {apps} ····⟧</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>⟦Àšk ýõür phõñé çõmpàñý tõ blõçk thé SÎM çàrd àñd gîvé ýõü à ñéw õñé. Ýõü çàñ üšüàllý kéép ýõür ñümbér. ········································⟧</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>⟦Àššümé évérýthîñg õñ ît wàš çõpîéd ·············⟧</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>⟦Àt thé éñd, lét hàrdéñér fîñîšh thé šéššîõñ, õr õpéñ Séttîñgš, théñ Sýštém, théñ Dévélõpér õptîõñš, àñd türñ thé tõp šwîtçh õff. ···················································⟧</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>⟦Àütõmàtîç šýñç hàš ñõ àççõüñt tõ çõpý tõ ················⟧</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>⟦Àütõmàtîç šýñç îš õff ········⟧</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>⟦Àütõmàtîç šýñç: çõüld ñõt bé réàd ·············⟧</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>⟦Bàçküp: çõüld ñõt bé réàd ··········⟧</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>⟦Béfõré à põššîblé àrréšt õr ràîd ············⟧</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help if you go to the police or a lawyer.</source>
   <translation>⟦Béfõré ýõü çhàñgé àñýthîñg, kéép prõõf: tàké phõtõš õf thîš šçrééñ wîth àñõthér phõñé, õr šàvé thîš répõrt õñ à dévîçé õñlý ýõü üšé. Ît çàñ hélp îf ýõü gõ tõ thé põlîçé õr à làwýér. ········································································⟧</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>⟦Béñçhmàrk phõñé: Pîxél 6à õñ Àñdrõîd 13 wîth àbõüt 1000 àppš. ························⟧</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>⟦Béñçhmàrk phõñé: Pîxél 6à õñ Àñdrõîd 13 wîth àbõüt 300 àppš. ························⟧</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>⟦Béñçhmàrk phõñé: Pîxél 6à õñ Àñdrõîd 13 wîth àbõüt 50 àppš. ·······················⟧</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>⟦Càmérà, mîçrõphõñé, šçrééñ réçõrdîñg àñd àççéššîbîlîtý: õñlý fõr thé àppš ýõü çhõõšé. ··································⟧</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>⟦Chàñgé ýõür pàššwõrdš ········⟧</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>⟦Chàrgé thé phõñé füllý àñd kéép ît plüggéd îñ. Õpéñ Séttîñgš, théñ Séçürîtý, théñ Éñçrýpt phõñé. Ît çàñ tàké àñ hõür. Sét à PÎN õr pàššwõrd fîršt. ··························································⟧</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>⟦Chàtš àñd phõtõš bàçkéd üp tõ thé çlõüd çàñ bé réàd wîthõüt thé phõñé. ····························⟧</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>⟦Chéçk Gõõglé Phõtõš bàçküp ··········⟧</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>⟦Chéçk Sàmšüñg Clõüd ·······⟧</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>⟦Chéçk WhàtšÀpp àñd phõtõ bàçküpš ············⟧</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>⟦Chéçk WhàtšÀpp çhàt bàçküp ··········⟧</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>⟦Chéçk Xîàõmî Clõüd ·······⟧</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>⟦Chéçk àppš frõm õütšîdé àñ àpp štõré ··············⟧</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>⟦Chéçk àppš thàt dîd ñõt çõmé frõm àñ àpp štõré ··················⟧</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>⟦Chéçk àppš thàt dràw õvér õthér àppš ··············⟧</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>⟦Chéçk àppš wîth üšàgé àççéšš ···········⟧</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>⟦Chéçk dévîçé àdmîñ àppš ·········⟧</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>⟦Chéçk fîñgérprîñt àñd fàçé üñlõçk ·············⟧</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>⟦Chéçk õñlý ····⟧</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>⟦Chéçk thàt thîš àpp ñéédš théšé. Ýõü çàñ tàké àwàý àñý õf thém; thé àpp wîll àšk àgàîñ îf ît réàllý ñéédš õñé. ············································⟧</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>⟦Chéçk thé àççõüñtš ·······⟧</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>⟦Chéçk whàt îš bàçkéd üp ·········⟧</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>⟦Chéçk whàt thîš àpp üplõàdš ··········⟧</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>⟦Chõõšé whàt šýñçš tõ thé çlõüd ············⟧</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>⟦Chõõšé whàt thîš àççõüñt çõpîéš ············⟧</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>⟦Cléàr hîštõrý îñšîdé thé tràñšlàtîõñ àpp ················⟧</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>⟦Cléàr thé hîštõrý îñ thé àpp ···········⟧</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>⟦Cléàr tràñšlàtîõñ hîštõrý ··········⟧</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>⟦Clõüd àççõüñtš, šýñç àñd bàçküp ············⟧</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>⟦Clõüd àppš: çõüld ñõt bé réàd ···········⟧</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>⟦Cõñtàçtš àñd phõtõš îñ thé çlõüd çàñ bé réàd wîthõüt thé phõñé. ·························⟧</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>⟦Cõüld ñõt çhéçk ······⟧</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>⟦Cõüld ñõt réàçh thé kéýrîñg, šõ thé kéý (îf théré îš õñé) wàš ñõt rémõvéd: {problem} ·································⟧</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>⟦Déàl wîth špýîñg àppš šàfélý ···········⟧</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>⟦Délété Tràñšlàté hîštõrý îñ ýõür Gõõglé àççõüñt ··················⟧</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>⟦Délété šàvéd phràšéš ········⟧</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>⟦Délété tràñšlàtîõñ hîštõrý îñ ýõür Gõõglé àççõüñt ···················⟧</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>⟦Délété tràñšlàtîõñ hîštõrý képt îñ ýõür Gõõglé àççõüñt ·····················⟧</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>⟦Dévîçé àdmîñ àppš: çõüld ñõt bé réàd ··············⟧</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>⟦Dévîçé àdmîñ rîghtš lét àñ àpp lõçk thé phõñé, éràšé ît, õr štõp ýõü frõm rémõvîñg ît. Kéép thém õñlý fõr àppš ýõü kñõw, lîké Fîñd Mý Dévîçé õr à wõrk àpp. ······························································⟧</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>⟦Dõ ýõü kñõw thîš àpp? ········⟧</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>⟦Dõ ýõü kñõw whý thîš àpp îš héré? ·············⟧</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>⟦Éñçrýpt thé phõñé ······⟧</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>⟦Éñçrýptîõñ: çõüld ñõt bé réàd ···········⟧</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>⟦Évérý àpp ýõü îñštàlléd çàmé frõm àñ àpp štõré ··················⟧</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>⟦Fàçé üñlõçk îš šét üp ········⟧</translation>
  </message>
  <message>
   <source>Fine</source>
   <translation>⟦Fîñé ··⟧</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>⟦Fîñgérprîñt àñd fàçé üñlõçk àré šét üp ···············⟧</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>⟦Fîñgérprîñt àñd fàçé üñlõçk: çõüld ñõt bé réàd ··················⟧</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>⟦Fîñgérprîñt üñlõçk îš šét üp ···········⟧</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>⟦Fõr à téàm phõñé thàt hõldš õthér péõplé'š dàtà: lõçk ît hàrd àñd kéép thàt dàtà õüt õf thé çlõüd. ·······································⟧</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>⟦Fõr šõméõñé whõ üšéš tràñšlàtîõñ àppš évérý dàý: kéép théîr hîštõrý šhõrt àñd àwàý frõm thé çlõüd. ·······································⟧</translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>⟦Frõm àñõthér phõñé õr çõmpütér, çhàñgé thé pàššwõrdš õf ýõür émàîl, méššàgîñg, šõçîàl médîà àñd çlõüd àççõüñtš. ············································⟧</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>⟦Gét hélp frõm péõplé whõ kñõw ···········⟧</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>⟦Gõ thrõügh thé réšültš ········⟧</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>⟦Gõõd tõ kñõw ····⟧</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>⟦Gõõd. À PÎN õf 6 ñümbérš õr mõré, õr à pàššwõrd, prõtéçtš thé phõñé béšt. À šhõrt PÎN lîké 1234 õr à bîrth dàté îš éàšý tõ güéšš: çhàñgé ît îf ýõürš îš lîké thàt. ································································⟧</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>⟦Gõõd. À çõmpütér çàññõt tàké çõñtrõl õf thîš phõñé thrõügh îtš çàblé. ···························⟧</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>⟦Gõõd. Gõõglé Plàý çhéçkš thé àppš õñ thîš phõñé fõr kñõwñ hàrmfül àppš. ····························⟧</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>⟦Gõõd. Hõld thé põwér büttõñ àñd tàp Lõçkdõwñ whéñ thé phõñé màý bé tàkéñ. ·····························⟧</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>⟦Gõõd. Nõ àççéššîbîlîtý šérvîçé îš šwîtçhéd õñ. ··················⟧</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>⟦Gõõd. Nõ àpp çàñ lõçk õr éràšé thé phõñé, õr štõp ýõü frõm rémõvîñg ît. ····························⟧</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>⟦Gõõd. Nõ àpp hàš bééñ gîvéñ àççéšš tõ àll ýõür ñõtîfîçàtîõñš. ························⟧</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>⟦Gõõd. Nõ àpp õñ thîš phõñé wàš îñštàlléd frõm à fîlé õr bý àñõthér àpp. ····························⟧</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>⟦Gõõd. Nõ àpp ýõü îñštàlléd çàñ üšé lõçàtîõñ, mîçrõphõñé, çàmérà, méššàgéš, çàllš õr çõñtàçtš. ·····································⟧</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>⟦Gõõd. Nõ àpp ýõü îñštàlléd hàš thîš àççéšš. ·················⟧</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>⟦Gõõd. Nõ õthér àpp õñ thîš phõñé màý püt ñéw àppš õñ ît. ······················⟧</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>⟦Gõõd. Õñlý ýõür PÎN õr pàššwõrd õpéñš thé phõñé, àñd ñõ õñé çàñ fõrçé à fîñgér õr fàçé õñ ît. ·····································⟧</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>⟦Gõõd. Sõméõñé hõldîñg thé lõçkéd phõñé çàññõt réàd ýõür méššàgéš. ··························⟧</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>⟦Gõõd. Thé phõñé dõéš ñõt štàý üñlõçkéd bý îtšélf àt çértàîñ plàçéš õr ñéàr çértàîñ dévîçéš. ····································⟧</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>⟦Gõõd. Thé phõñé lõçkš îtšélf évéñ whéñ ît îš plüggéd îñ. ······················⟧</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>⟦Gõõd. Thé phõñé lõçkš îtšélf šõõñ whéñ ýõü püt ît dõwñ. ······················⟧</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>⟦Gõõd. Thé šõçîàl, dàtîñg àñd çàllér-ÎD àppš õñ thîš phõñé çàññõt réàd ýõür çõñtàçt lîšt. ···································⟧</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>⟦Gõõd. Théšé štàý õñ thé phõñé. ············⟧</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>⟦Gõõd. Whéñ thé phõñé îš lõçkéd õr õff, îtš çõñtéñtš çàññõt bé réàd wîthõüt ýõür PÎN õr pàššwõrd. Éñçrýptîõñ îš õñlý àš štrõñg àš thàt PÎN õr pàššwõrd. ····························································⟧</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>⟦Gõõglé Pîxél 8 õñ Àñdrõîd 14, šét üp çàréfüllý: PÎN lõçk, ñõtîfîçàtîõñ çõñtéñt hîddéñ õñ thé lõçk šçrééñ, õñé Gõõglé àççõüñt, bàçküp õñ. Féw fîñdîñgš. ····························································⟧</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>⟦Gõõglé Pîxél 9 õñ Àñdrõîd 15 wîth à wõrk prõfîlé (üšér 10) màñàgéd bý àñ émplõýér; PÎN lõçk, fàçé üñlõçk, Smàrt Lõçk õñ. ················································⟧</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>⟦Gõõglé Tràñšlàté îš ñõt õñ thîš phõñé ··············⟧</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>⟦Hîdé méššàgéš õñ thé lõçk šçrééñ ············⟧</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>⟦Hîdé whàt méššàgéš šàý õñ thé lõçk šçrééñ ················⟧</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>⟦Hõld thé põwér büttõñ, théñ tàp Lõçkdõwñ. Thé phõñé théñ ñéédš ýõür PÎN: fîñgérprîñt, fàçé àñd Smàrt Lõçk štõp wõrkîñg üñtîl ýõü éñtér ît. ·······················································⟧</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>⟦Hõw tõ üñdõ ····⟧</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>⟦ÎMÉÎ ··⟧</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>⟦Îf thé phõñé çõüld bé tàkéñ õr šéàrçhéd šõõñ ·················⟧</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>⟦Îf thé phõñé îš tàkéñ õr lõšt ···········⟧</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>⟦Îf thîš phõñé îš tàkéñ, õthér péõplé'š dàtà îš éxpõšéd, ñõt õñlý ýõürš. ····························⟧</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>⟦Îf ýõü îñštàlléd ît, õpéñ îtš šéttîñgš àñd çhéçk whõ çàñ šéé ýõür lõçàtîõñ, réçõrdîñgš õr šçrééñ. Îf ýõü dîd ñõt îñštàll ît, kéép à réçõrd àñd gét hélp. ····························································⟧</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>⟦Îf ýõü üšé Gõõglé Tràñšlàté õñ thé wéb õr õñ àñõthér dévîçé whîlé šîgñéd îñ, ýõür Gõõglé àççõüñt màý štîll kéép ýõür tràñšlàtîõñš. ····················································⟧</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>⟦Împõrtàñt ···⟧</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>⟦Îñ Gõõglé Tràñšlàté, õpéñ Sàvéd (thé štàr) àñd rémõvé phràšéš ýõü dõ ñõt wàñt képt: théý àré štõréd îñ ýõür àççõüñt. ··············································⟧</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>⟦Îñ WhàtšÀpp: Séttîñgš, Chàtš, Chàt bàçküp: çhõõšé 'Névér' õr prõtéçt thé bàçküp wîth éñd-tõ-éñd éñçrýptîõñ. Îñ Gõõglé Phõtõš: ýõür pîçtüré, Phõtõš šéttîñgš, Bàçküp. ·································································⟧</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>⟦Îñ éàçh àççõüñt'š šéçürîtý šéttîñgš, šîgñ õüt õf àll õthér dévîçéš, šõ thé tàkéñ phõñé lõšéš àççéšš. ········································⟧</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>⟦Îñ šõmé plàçéš, éràšîñg à phõñé rémõtélý çàñ bé héld àgàîñšt ýõü. Gét àdvîçé fîršt îf ýõü çàñ. ·····································⟧</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>⟦Kéép à réçõrd fîršt ·······⟧</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>⟦Kéép léšš õñ thé phõñé ········⟧</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>⟦Kéép wõrk àñd prîvàté àççõüñtš àpàrt ··············⟧</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>⟦Kéép wõrk çõñtàçtš àñd àççõüñtš àpàrt frõm prîvàté lîfé, šõ àppš çàññõt lîñk thé twõ. ··································⟧</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>⟦Kñõwîñg whàt thé phõñé šhõwš îš thé fîršt štép. ··················⟧</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>⟦Lét thé šçrééñ türñ õff whîlé çhàrgîñg ···············⟧</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds</source>
   <translation>⟦Lõçk thé šçrééñ àftér 30 šéçõñdš ············⟧</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>⟦Lõçkdõwñ büttõñ: çõüld ñõt bé réàd ·············⟧</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>⟦Lõçkdõwñ çàmé wîth Àñdrõîd 9. Õñ thîš phõñé, türñ ît õff whéñ ît màý bé tàkéñ: àftér à réštàrt õñlý ýõür PÎN õr pàššwõrd õpéñš ît. ····················································⟧</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>⟦Lõçkdõwñ îš à qüîçk wàý tõ màké thé phõñé ñééd ýõür PÎN: ît šwîtçhéš õff fîñgérprîñt, fàçé, Smàrt Lõçk àñd méššàgéš õñ thé lõçk šçrééñ. Õñ thîš phõñé ît müšt bé šwîtçhéd õñ. ·····································································⟧</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>⟦Lõçkdõwñ îš îñ thé põwér méñü ···········⟧</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>⟦Lõçkdõwñ îš ñõt îñ thé põwér méñü ·············⟧</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>⟦Lõçkdõwñ màkéš thé phõñé àšk fõr thé PÎN: à fîñgér õr fàçé çàññõt õpéñ ît. ·····························⟧</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>⟦Lõçkdõwñ màý bé hîddéñ frõm thé põwér méñü ················⟧</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>⟦Lõçkdõwñ ñéédš à šçrééñ lõçk ···········⟧</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>⟦Lõõk àt thé phõñé àñd éxplàîñ whàt wàš fõüñd. Nõthîñg îš çhàñgéd. ··························⟧</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>⟦Màké à šàfétý plàñ béfõré rémõvîñg à špýîñg àpp ··················⟧</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>⟦Màké à šàfétý plàñ béfõré ýõü rémõvé àñýthîñg ··················⟧</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>⟦Màké thé phõñé fõrgét thé çõmpütér ·············⟧</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>⟦Màké thé šçrééñ türñ õff šõõñér ············⟧</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>⟦Méššàgéš çàñ bé réàd õñ thé lõçkéd phõñé ················⟧</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>⟦Méššàgéš frõm çlîéñtš, bõõkîñgš àñd çõdéš šhõw õñ thé lõçk šçrééñ. Àñýõñé hõldîñg thé phõñé (põlîçé, à pàrtñér, à çlîéñt) çàñ réàd thém wîthõüt ýõür PÎN. ·····························································⟧</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>⟦Méššàgéš õñ thé lõçk šçrééñ: çõüld ñõt bé réàd ··················⟧</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>⟦Méššàgéš, phõtõš, çõñtàçtš àñd àpp hîštõrý màý hàvé bééñ réàd õr çõpîéd, évéñ îf thé phõñé çõméš bàçk. ········································⟧</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>⟦Mõdél ··⟧</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>⟦Mõré thàñ õñé phõñé îš plüggéd îñ ({serials}). Üñplüg thé õthérš, õr çhõõšé õñé. ································⟧</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app and a VPN.</source>
   <translation>⟦Mõtõrõlà Õñé Vîšîõñ õñ Àñdrõîd 10: pàššwõrd lõçk, bàçküp šwîtçhéd õff, àütõ-šýñç õff, àñ õld dàtîñg àpp àñd à VPN. ·············································⟧</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>⟦Nõ àççõüñt çõpîéš çõñtàçtš, çàléñdàr, phõtõš õr méššàgéš ······················⟧</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>⟦Nõ àççõüñt çõpîéš dàtà frõm thîš phõñé tõ thé îñtérñét. ······················⟧</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>⟦Nõ àççõüñtš õñ thîš phõñé ··········⟧</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>⟦Nõ àpp çàñ šéé àñd çõñtrõl ýõür šçrééñ ···············⟧</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>⟦Nõ àpp frõm hàrdéñér'š lîšt õf çlõüd phõtõ, fîlé àñd çhàt bàçküp àppš îš õñ thîš phõñé. ··································⟧</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>⟦Nõ àpp hàš dévîçé àdmîñ rîghtš ············⟧</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>⟦Nõ àpp õñ thîš phõñé lõõkš lîké à tràñšlàtîõñ àpp. Tràñšlàtîõñ hîštõrý îñ à wéb brõwšér îš ñõt çhéçkéd. ·········································⟧</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>⟦Nõ àpp réàdš ýõür ñõtîfîçàtîõñš ············⟧</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>⟦Nõ àpp ýõü îñštàlléd çàñ dràw õvér õthér àppš ··················⟧</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>⟦Nõ àpp ýõü îñštàlléd çàñ réàçh prîvàté dàtà ·················⟧</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>⟦Nõ àpp ýõü îñštàlléd çàñ šéé whîçh àppš ýõü üšé ··················⟧</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>⟦Nõ çlõüd phõtõ õr bàçküp àpp fõüñd ·············⟧</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>⟦Nõ fàçé üñlõçk; fîñgérprîñt üñlõçk çõüld ñõt bé réàd ····················⟧</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>⟦Nõ fîñgérprîñt õr fàçé üñlõçk ···········⟧</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>⟦Nõ fîñgérprîñt üñlõçk; fàçé üñlõçk çõüld ñõt bé réàd ····················⟧</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>⟦Nõ kñõwñ štàlkérwàré wàš fõüñd ············⟧</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>⟦Nõ ñõtîfîçàtîõñš õñ thé lõçk šçrééñ ··············⟧</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>⟦Nõ phõñé fõüñd. Plüg thé phõñé îñ wîth à ÜSB çàblé thàt çàrrîéš dàtà, üñlõçk ît, àñd çhéçk thàt ÜSB débüggîñg îš õñ. ··············································⟧</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>⟦Nõ šõçîàl õr dàtîñg àpp çàñ réàd ýõür çõñtàçtš ··················⟧</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>⟦Nõ štõré çhéçkéd thîš àpp. Spýîñg àppš àré õftéñ püt õñ à phõñé thîš wàý bý šõméõñé whõ héld ît. Îf ýõü dîd ñõt îñštàll ît ýõüršélf, dõ ñõt rémõvé ît ýét: kéép à réçõrd àñd gét hélp fîršt. ···········································································⟧</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>⟦Nõ tràñšlàtîõñ àpp fõüñd ·········⟧</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>⟦Nõ trüštéd plàçé õr dévîçé îš îñ üšé àt thé mõméñt. Îf ýõü ñévér šét õñé üp õñ pürpõšé, šwîtçh Smàrt Lõçk õff šõ ît çàññõt štàrt làtér. ······················································⟧</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>⟦Nõthîñg îš çõpîéd tõ àñ àççõüñt üñléšš ýõü çhõõšé tõ šýñç. ·······················⟧</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>⟦Nõthîñg wàš çhàñgéd õñ thîš phõñé. ·············⟧</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>⟦Nõthîñg wàš çhàñgéd, šõ théré îš ñõthîñg tõ üñdõ. ···················⟧</translation>
  </message>
  <message>
   <source>Nothing worrying was found.</source>
   <translation>⟦Nõthîñg wõrrýîñg wàš fõüñd. ··········⟧</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>⟦Nõtîfîçàtîõñ àççéšš: çõüld ñõt bé réàd ···············⟧</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>⟦Nõtîfîçàtîõñš šhõw õñ thé lõçk šçrééñ, büt ñõt whàt théý šàý ························⟧</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>⟦Õld Mõtõrõlà Mõtõ G6 õñ Àñdrõîd 9: ñõ šçrééñ lõçk, ñõt éñçrýptéd, ÜSB débüggîñg õñ, Plàý Prõtéçt õff, àñd à šîdélõàdéd štàlkérwàré àpp wîth àççéššîbîlîtý, ñõtîfîçàtîõñ àñd dévîçé-àdmîñ àççéšš. ············································································⟧</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>⟦Õñ Àñdrõîd 11 àñd ñéwér, Lõçkdõwñ šhõwš îñ thé põwér méñü õñçé à PÎN, pàššwõrd õr pàttérñ îš šét. ······································⟧</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>⟦Õñ Àñdrõîd 11 àñd ñéwér, Lõçkdõwñ šhõwš îñ thé põwér méñü whéñ à šçrééñ lõçk îš šét. Thîš phõñé hàš thé õld šwîtçh türñéd õff, àñd šõmé phõñéš štîll õbéý ît. Chéçk thé põwér méñü. ·······································································⟧</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>⟦Õñ Àñdrõîd 11 àñd ñéwér, Lõçkdõwñ šhõwš îñ thé põwér méñü whéñévér à šçrééñ lõçk îš šét, àš ît îš héré. Hõld thé põwér büttõñ àñd tàp Lõçkdõwñ whéñ thé phõñé màý bé tàkéñ. ····································································⟧</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>⟦Õñ àñý phõñé õr çõmpütér, õpéñ mýàçtîvîtý.gõõglé.çõm, šîgñ îñ, àñd délété thé Gõõglé Tràñšlàté àçtîvîtý. Cléàrîñg thé àpp dõéš ñõt rémõvé thîš çõpý. ···························································⟧</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>⟦Õñ thé phõñé, õpéñ Séttîñgš, théñ Dévélõpér õptîõñš, àñd tàp "Révõké ÜSB débüggîñg àüthõrîšàtîõñš". Théñ šwîtçh Dévélõpér õptîõñš õff àt thé tõp õf thàt šçrééñ. (Îf ýõü çàññõt fîñd Dévélõpér õptîõñš, ît îš àlréàdý õff.) ·······················································································⟧</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>⟦Õñé àççõüñt õñ bõth šîdéš lîñkš ýõür wõrk àñd prîvàté lîfé. ·······················⟧</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>⟦Õñlý àpp štõréš çàñ îñštàll àppš ············⟧</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>⟦Õpéñ Gõõglé Phõtõš, tàp ýõür prõfîlé pîçtüré, théñ Phõtõš šéttîñgš, théñ Bàçküp. Îf Bàçküp îš õñ, évérý phõtõ àñd vîdéõ gõéš tõ ýõür Gõõglé àççõüñt. Türñ ît õff îf thàt àççõüñt îš ñõt šàfé. ···········································································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àççéššîbîlîtý. Fîñd thé àpp (ît màý bé üñdér "Îñštàlléd àppš" õr "Dõwñlõàdéd àppš") àñd türñ ît õff. ················································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àççõüñtš (õr Pàššwõrdš àñd àççõüñtš). Rémõvé àñý àççõüñt ýõü dõ ñõt kñõw. Chàñgé thé pàššwõrd õf àñý àççõüñt šõméõñé élšé màý kñõw. ····························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àççõüñtš àñd bàçküp, théñ Sàmšüñg Clõüd. Séé whàt îš bàçkéd üp àñd šýñçéd: méššàgéš, çàll hîštõrý, phõtõš. Türñ õff whàt šhõüld štàý õñlý õñ thé phõñé. ····································································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àççõüñtš, théñ éàçh àççõüñt, théñ Àççõüñt šýñç. Swîtçh õff Cõñtàçtš, Méššàgéš àñd Phõtõš whéré ýõü dõ ñõt ñééd thém. ······················································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àççõüñtš, théñ thîš àççõüñt, théñ Àççõüñt šýñç. Türñ õff whàt šhõüld štàý õñlý õñ thé phõñé, fõr éxàmplé çõñtàçtš àñd méššàgéš. ··························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àççõüñtš. Rémõvé prîvàté àççõüñtš frõm thé wõrk phõñé, àñd wõrk àççõüñtš frõm thé prîvàté phõñé. ··············································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àççõüñtš. Türñ õff "Àütõmàtîçàllý šýñç dàtà" (ît màý bé îñ thé méñü àt thé tõp). Ýõü çàñ štîll šýñç bý hàñd whéñ ýõü çhõõšé. ·························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àppš, àñd lõõk àt thîš àpp. Îf ýõü dîd ñõt îñštàll ît, kéép à réçõrd àñd gét hélp béfõré ýõü rémõvé ît. ·················································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àppš, théñ Spéçîàl àpp àççéšš, théñ Dîšplàý õvér õthér àppš. Türñ ît õff fõr àppš thàt dõ ñõt ñééd ît. ················································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àppš, théñ Spéçîàl àpp àççéšš, théñ Îñštàll üñkñõwñ àppš. Türñ ît õff fõr thîš àpp. ·········································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àppš, théñ Spéçîàl àpp àççéšš, théñ Üšàgé àççéšš. Türñ ît õff fõr àppš thàt dõ ñõt ñééd ît. ············································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àppš, théñ thîš àpp, théñ Pérmîššîõñš, théñ Cõñtàçtš. Chõõšé "Dõñ't àllõw". Îñ thé àpp'š õwñ šéttîñgš, àlšõ türñ õff çõñtàçt üplõàd õr šýñç, àñd délété çõñtàçtš ît àlréàdý üplõàdéd. ················································································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àppš, théñ thîš àpp, théñ Pérmîššîõñš. Chõõšé "Dõñ't àllõw" fõr whàt ît dõéš ñõt ñééd. Thé àpp wîll àšk àgàîñ îf ît réàllý ñéédš šõméthîñg. ·······························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Àppš. Fõr éàçh àpp ýõü dõ ñõt kñõw, àšk whõ îñštàlléd ît. Rémõvé õñlý àftér à šàfétý plàñ îf ît çõüld bé špýîñg. ····················································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Dîšplàý, théñ Sçrééñ tîméõüt. Chõõšé 30 šéçõñdš. ···························⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Gõõglé (õr Àççõüñtš àñd bàçküp), théñ Bàçküp. Séé whàt ît šàvéš. Türñ bàçküp õff îf thé àççõüñt îš ñõt šàfé, àñd délété õld bàçküpš théré. ·······························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Nõtîfîçàtîõñš (õr Lõçk šçrééñ), théñ Nõtîfîçàtîõñš õñ lõçk šçrééñ. Chõõšé "Dõñ't šhõw ñõtîfîçàtîõñš", õr àt léàšt "Hîdé šéñšîtîvé çõñtéñt". ·······························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Nõtîfîçàtîõñš, théñ Nõtîfîçàtîõñ àççéšš (õñ šõmé phõñéš: Àppš, théñ Spéçîàl àpp àççéšš). Türñ ît õff fõr thîš àpp. ·····················································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Séçürîtý (õr Bîõmétrîçš), théñ Fîñgérprîñt àñd Fàçé réçõgñîtîõñ. Délété thém béfõré à rîšký tîmé, õr bé réàdý tõ üšé Lõçkdõwñ. ··························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Séçürîtý (õr Lõçk šçrééñ), théñ Sçrééñ lõçk. Chõõšé PÎN àñd üšé àt léàšt 6 dîgîtš thàt àré ñõt à bîrthdàý. À pàttérñ îš éàšý tõ wàtçh àñd güéšš. ·································································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Séçürîtý (õr Lõçk šçrééñ), théñ Sçrééñ lõçk. Chõõšé PÎN wîth 6 ñümbérš õr mõré, õr Pàššwõrd. Dõ ñõt üšé à bîrth dàté õr à ñümbér õthér péõplé kñõw. ··································································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Séçürîtý (õr Lõçk šçrééñ), théñ Smàrt Lõçk õr Éxtéñd Üñlõçk. Éñtér ýõür PÎN. Rémõvé trüštéd plàçéš àñd trüštéd dévîçéš, àñd türñ õff õñ-bõdý détéçtîõñ. ····································································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Séçürîtý, théñ Dévîçé àdmîñ àppš (õñ šõmé phõñéš: Õthér šéçürîtý šéttîñgš). Türñ õff àppš ýõü dõ ñõt kñõw. Îf ýõü çàññõt, gét hélp. ····························································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Séçürîtý, théñ Dévîçé àdmîñ àppš. Swîtçh õff àñý àpp ýõü dõ ñõt kñõw. ···································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Séçürîtý, théñ Smàrt Lõçk (õr Éxtéñd Üñlõçk). Rémõvé trüštéd plàçéš, dévîçéš àñd õñ-bõdý détéçtîõñ. ···············································⟧</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Sýštém, théñ Dévélõpér õptîõñš. Türñ õff "Stàý àwàké". ·····························⟧</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>⟦Õpéñ Séttîñgš, théñ Xîàõmî Àççõüñt (õr Mî Àççõüñt), théñ Xîàõmî Clõüd. Séé whàt îš šýñçéd: méššàgéš, gàllérý, çõñtàçtš, çàll hîštõrý. Türñ õff whàt šhõüld štàý õñlý õñ thé phõñé. ·······································································⟧</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>⟦Õpéñ WhàtšÀpp, théñ Séttîñgš, théñ Chàtš, théñ Chàt bàçküp. Îf "Bàçk üp tõ Gõõglé Drîvé" îš ñõt "Névér", ýõür çhàtš àré çõpîéd théré. Chõõšé Névér îf thàt àççõüñt îš ñõt šàfé, àñd délété thé õld bàçküp îñ Gõõglé Drîvé. ·······················································································⟧</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>⟦Õpéñ mýàçtîvîtý.gõõglé.çõm îñ à brõwšér (õr thé Gõõglé àpp, théñ ýõür prõfîlé pîçtüré, théñ Mý Àçtîvîtý). Chõõšé Gõõglé Tràñšlàté àñd délété ît àll. Üñdér "Wéb &amp; Àpp Àçtîvîtý" ýõü çàñ türñ šàvîñg õff, õr šét àütõ-délété tõ 3 mõñthš. ····························································································⟧</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>⟦Õpéñ thé Plàý Stõré, tàp ýõür prõfîlé pîçtüré, théñ Plàý Prõtéçt, théñ thé šéttîñgš whéél. Türñ õñ "Sçàñ àppš wîth Plàý Prõtéçt". ···················································⟧</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>⟦Õpéñ thé àpp àñd lõõk îñ îtš šéttîñgš fõr Bàçküp, Sýñç õr Càmérà üplõàd. Türñ ît õff îf thé àççõüñt îš ñõt šàfé. ············································⟧</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>⟦Õpéñ thé àpp. Fîñd Hîštõrý (õftéñ îñ thé méñü õr üñdér ýõür prõfîlé pîçtüré) àñd délété ît àll. Îñ thé àpp'š šéttîñgš, türñ õff šàvîñg hîštõrý îf ýõü çàñ. Rémõvé šàvéd õr štàrréd phràšéš tõõ. ············································································⟧</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>⟦Õpéñ thé tràñšlàtîõñ àpp, gõ tõ Hîštõrý (õr thé çlõçk îçõñ), àñd délété ît. Swîtçh õff 'Sàvé hîštõrý' îf thé àpp hàš ît. ················································⟧</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>⟦PÎN ··⟧</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>⟦PÎN õr pàššwõrd ······⟧</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>⟦Pérmîššîõñš õf {app}: çõüld ñõt bé réàd ···············⟧</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>⟦Phõñé ñümbér ····⟧</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>⟦Phõñé šàfétý çhéçk ·······⟧</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>⟦Plàý Prõtéçt çhéçkš àppš fõr hàrm. Péõplé whõ püt špýîñg àppš õñ à phõñé õftéñ šwîtçh ît õff fîršt. Îf ýõü dîd ñõt šwîtçh ît õff, šõméõñé élšé màý hàvé. ····························································⟧</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>⟦Plàý Prõtéçt dõéš ñõt šçàñ àppš ············⟧</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>⟦Plàý Prõtéçt îš õff ·······⟧</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>⟦Plàý Prõtéçt îš õñ ·······⟧</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>⟦Plàý Prõtéçt wàrñš àbõüt kñõwñ špýîñg àppš. ·················⟧</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>⟦Plàý Prõtéçt, whîçh šçàñš àppš fõr hàrm, çõméš wîth Gõõglé Plàý. Wîthõüt ît, îñštàll àppš õñlý frõm à štõré ýõü trüšt, àñd õñlý àppš ýõü kñõw. ························································⟧</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>⟦Plàý Prõtéçt: çõüld ñõt bé réàd ············⟧</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>⟦Põlîçé réàd tràñšlàtîõñ hîštõrý tõ prõvé whàt péõplé dõ fõr wõrk. ··························⟧</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>⟦Pràçtîšé Lõçkdõwñ ······⟧</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>⟦Préšš àñd hõld thé põwér büttõñ (õñ šõmé phõñéš: põwér àñd võlümé üp tõgéthér), théñ tàp Lõçkdõwñ. Nõw õñlý ýõür PÎN õr pàššwõrd õpéñš thé phõñé: ñõ fîñgérprîñt, ñõ fàçé, ñõ Smàrt Lõçk, àñd ñõ méššàgéš õñ thé lõçk šçrééñ. Õr türñ thé phõñé õff. ·································································································⟧</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>⟦Réàd éàçh fîñdîñg wîth thé péršõñ. Stàrt wîth thé wõršt õñéš àt thé tõp. ····························⟧</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>⟦Réàd thé réšültš tõgéthér ··········⟧</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>⟦Rélýîñg õñ tràñšlàtîõñ àppš ··········⟧</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>⟦Rémõvéd thîš çõmpütér'š kéý frõm thé kéýrîñg. Phõñéš thàt trüštéd ît wîll àšk "Àllõw ÜSB débüggîñg?" àgàîñ. ··········································⟧</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>⟦Rémõvéd: {path} ······⟧</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>⟦Rémõvîñg à špýîñg àpp çàñ wàrñ thé péršõñ whõ îñštàlléd ît. Tàlk tõ šõméõñé ýõü trüšt õr à šüppõrt šérvîçé fîršt. Nõté whàt ýõü fõüñd béfõré çhàñgîñg àñýthîñg. ·······························································⟧</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>⟦Rémõvîñg thîš àpp çàñ wàrñ thé péršõñ whõ püt ît théré, àñd thàt çàñ màké thém dàñgérõüš. Tàlk fîršt tõ šõméõñé ýõü trüšt õr à šüppõrt šérvîçé. Plàñ whéré ýõü wîll bé šàfé àñd whõ çàñ hélp. ···········································································⟧</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>⟦Réplàçé thé SÎM çàrd ········⟧</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>⟦Répõrt wrîttéñ tõ {path} ·········⟧</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>⟦Sàmšüñg Gàlàxý À51 õñ Àñdrõîd 11: pàttérñ lõçk wîth Smàrt Lõçk, méššàgé prévîéwš õñ thé lõçk šçrééñ, Gõõglé Tràñšlàté üšéd dàîlý, çõñtàçtš šýñçéd tõ Gõõglé àñd Sàmšüñg, dàtîñg àñd šõçîàl àppš réàdîñg çõñtàçtš. ···················································································⟧</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>⟦Sçàññîñg àppš fõr hàrm wàš réfüšéd õñ thîš phõñé. Îf ýõü dîd ñõt réfüšé ît, šõméõñé élšé màý hàvé. Türñ šçàññîñg õñ. ··············································⟧</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>⟦Sçrééñ lõçk àñd phõñé šéttîñgš ············⟧</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>⟦Sçrééñ lõçk: çõüld ñõt bé réàd ············⟧</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>⟦Sçrééñ lõçk: {kind} ·······⟧</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>⟦Sçrééñ tîméõüt: çõüld ñõt bé réàd ·············⟧</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>⟦Sérîàl ñümbér ·····⟧</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>⟦Sét à PÎN õf 6 dîgîtš õr mõré ···········⟧</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>⟦Sét à štrõñg šçrééñ lõçk ·········⟧</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>⟦Shõw thé Lõçkdõwñ büttõñ îñ thé põwér méñü ················⟧</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>⟦Sîgñ õüt évérýwhéré ·······⟧</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>⟦Smàrt Lõçk çàñ kéép thé phõñé üñlõçkéd ···············⟧</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>⟦Smàrt Lõçk îš õff ······⟧</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>⟦Smàrt Lõçk îš õñ, büt ñõt kéépîñg thé phõñé üñlõçkéd ñõw ······················⟧</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>⟦Smàrt Lõçk kéépš thé phõñé õpéñ àt "trüštéd" plàçéš, ñéàr "trüštéd" dévîçéš, õr whîlé ýõü çàrrý ît. Thàt îš éxàçtlý whéñ ît çàñ bé tàkéñ frõm ýõü, õpéñ. ····························································⟧</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>⟦Smàrt Lõçk kéépš thé phõñé õpéñ àt hõmé õr ñéàr ýõür wàtçh: éxàçtlý whéñ ît çàñ bé tàkéñ. ···································⟧</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>⟦Smàrt Lõçk: çõüld ñõt bé réàd ···········⟧</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>⟦Sõçîàl àppš àñd ýõür çõñtàçtš: çõüld ñõt bé réàd ···················⟧</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>⟦Sõmé çhàñgéš çàññõt bé üñdõñé: ············⟧</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>⟦Sõméõñé hõldîñg thé lõçkéd phõñé çàñ šéé whîçh àppš gõt méššàgéš, büt ñõt thé méššàgéš. Tõ hîdé thém çõmplétélý, türñ lõçk-šçrééñ ñõtîfîçàtîõñš õff. ···························································⟧</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>⟦Sõméthîñg wéñt wrõñg. ········⟧</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>⟦Spýîñg àppš àré õftéñ îñštàlléd bý hàñd, õütšîdé thé àpp štõré. ·························⟧</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>⟦Spýîñg àppš àré õftéñ îñštàlléd frõm õütšîdé thé àpp štõré. ·······················⟧</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>⟦Spýîñg àppš: çõüld ñõt bé réàd ············⟧</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>⟦Stàlkérwàré àñd špýîñg àppš ··········⟧</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>⟦Stàý àwàké whîlé çhàrgîñg: çõüld ñõt bé réàd ·················⟧</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>⟦Stîll tõ dõ, bý hàñd ········⟧</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>⟦Stõp àppš dràwîñg õvér õthér àppš ·············⟧</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>⟦Stõp àppš frõm îñštàllîñg àppš ············⟧</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>⟦Stõp àppš frõm îñštàllîñg õthér àppš ··············⟧</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>⟦Stõp àppš réàdîñg ýõür ñõtîfîçàtîõñš ··············⟧</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>⟦Stõp šõçîàl àñd dàtîñg àppš frõm réàdîñg ýõür çõñtàçtš ·····················⟧</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>⟦Stõppéd. ···⟧</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>⟦Swîtçh Plàý Prõtéçt bàçk õñ ··········⟧</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>⟦Swîtçh õff "Stàý àwàké" ·········⟧</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>⟦Swîtçh õff Àñdrõîd bàçküp tõ thé çlõüd ···············⟧</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>⟦Swîtçh õff Smàrt Lõçk ········⟧</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>⟦Swîtçh õff àççéššîbîlîtý àççéšš ýõü dõ ñõt üšé ··················⟧</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>⟦Swîtçh õff àççéššîbîlîtý fõr àppš ýõü dõ ñõt kñõw ···················⟧</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>⟦Swîtçh õff àütõmàtîç šýñç ··········⟧</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>⟦Swîtçh õff dévélõpér õptîõñš whéñ ýõü fîñîšh ·················⟧</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>⟦Swîtçh õff ñõtîfîçàtîõñ àççéšš fõr àppš ýõü dõ ñõt kñõw ······················⟧</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>⟦Swîtçh thé phõñé õff ········⟧</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>⟦Swîtçh thé phõñé õff whéñ à šéàrçh îš lîkélý ·················⟧</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>⟦Tàké àwàý çõñtàçtš àççéšš ··········⟧</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>⟦Tàké àwàý pérmîššîõñš thé àpp dõéš ñõt ñééd ·················⟧</translation>
  </message>
  <message>
   <source>Take camera, microphone and location away from apps that do not need them</source>
   <translation>⟦Tàké çàmérà, mîçrõphõñé àñd lõçàtîõñ àwàý frõm àppš thàt dõ ñõt ñééd thém ·····························⟧</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>⟦Tàké mîçrõphõñé àñd çõñtàçtš àwàý frõm tràñšlàtîõñ àppš ······················⟧</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>⟦Tàké üšàgé àççéšš àwàý frõm àppš ············⟧</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>⟦Téll thé péõplé ýõü àré îñ tõüçh wîth ··············⟧</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>⟦Téll ýõür grõüpš àñd çlõšé çõñtàçtš, šõ théý çàñ prõtéçt thémšélvéš. Rémõvé thé ñümbér frõm grõüp çhàtš îf ýõü çàñ. ··············································⟧</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>⟦Thàt îš à fõldér; gîvé à fîlé ñàmé éñdîñg îñ .pdf õr .html: {path} ··························⟧</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>⟦Thé çõññéçtîõñ tõ thé phõñé wàš lõšt (wàš thé çàblé pülléd?). Plüg ît îñ àgàîñ: ñõthîñg îš lõšt, àñd àñýthîñg üñfîñîšhéd çàñ bé fîñîšhéd õr üñdõñé. ··························································⟧</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>⟦Thé fõldér fõr thé répõrt dõéš ñõt éxîšt: {folder} ····················⟧</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>⟦Thé mõšt ürgéñt fîršt. Éàçh îtém šàýš whàt šõméõñé hõldîñg thîš phõñé çõüld šéé õr dõ. ··································⟧</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>⟦Thé phõñé bàçkš îtšélf üp tõ thé çlõüd ···············⟧</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>⟦Thé phõñé dîd ñõt àllõw thîš çõmpütér. Üñplüg àñd plüg ît îñ àgàîñ, üñlõçk ît, àñd tàp "Àllõw" whéñ ît àškš. ···········································⟧</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>⟦Thé phõñé dõéš ñõt àñšwér. Üñplüg ît, plüg ît îñ àgàîñ, àñd üñlõçk ît. Îf thàt dõéš ñõt hélp, réštàrt thé phõñé. ············································⟧</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>⟦Thé phõñé dõéš ñõt çõpý îtš àppš' dàtà tõ àñ àççõüñt. ·····················⟧</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>⟦Thé phõñé hàš ñõt àllõwéd thîš çõmpütér ýét. Üñlõçk thé phõñé àñd tàp "Àllõw" õñ thé "Àllõw ÜSB débüggîñg?" méššàgé. ··············································⟧</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>⟦Thé phõñé réfüšéd tõ štõré à fîlé. Chéçk thàt ît hàš fréé špàçé. ·························⟧</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>⟦Thé phõñé répõrtéd à ñàmé hàrdéñér dõéš ñõt trüšt ({kind}). Ît wàš škîppéd. ······························⟧</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>⟦Thé phõñé tõõk tõõ lõñg tõ àñšwér. Chéçk thé çàblé àñd thàt thé phõñé îš üñlõçkéd. ································⟧</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>⟦Thé phõñé'š štõràgé îš éñçrýptéd ············⟧</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>⟦Thé phõñé'š štõràgé îš ñõt éñçrýptéd ··············⟧</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>⟦Thé prõfîlé {file} îš brõkéñ: rülé {rule}, fîéld {field}: {problem} ··························⟧</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>⟦Thé réçõrd ñéédéd tõ üñdõ thé çhàñgéš îš ñõ lõñgér õñ thé phõñé, šõ théý çàññõt bé püt bàçk àütõmàtîçàllý. Ýõü çàñ çhàñgé éàçh šéttîñg bàçk bý hàñd. ···························································⟧</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>⟦Thé réçõrd õf whàt wàš çhàñgéd îš képt õñ thé phõñé îtšélf, ñõt õñ thé çõmpütér. ································⟧</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>⟦Thé répõrt fîlé müšt éñd îñ .pdf õr .html: {path} ···················⟧</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, which could read the report and warn whoever put it there.</source>
   <translation>⟦Thé répõrt wàš ñõt šàvéd õñ thé phõñé: à špýîñg àpp wàš fõüñd õñ ît, whîçh çõüld réàd thé répõrt àñd wàrñ whõévér püt ît théré. ··················································⟧</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>⟦Thé répõrt wîll bé šàvéd îñ thé phõñé'š Dõwñlõàd fõldér. Àñýõñé whõ šéàrçhéš thé phõñé çàñ réàd ît théré. Délété ît whéñ ýõü ñõ lõñgér ñééd ît. ·························································⟧</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>⟦Thé šçrééñ dõéš ñõt štàý õñ whîlé çhàrgîñg ················⟧</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>⟦Thé šçrééñ lõçk îš à pàttérñ ···········⟧</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>⟦Thé šçrééñ lõçk îš õñlý à šwîpé ············⟧</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>⟦Thé šçrééñ štàýš õñ fõr {minutes} mîñütéš béfõré ît lõçkš ······················⟧</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>⟦Thé šçrééñ štàýš õñ fõr {seconds} šéçõñdš béfõré ît lõçkš ······················⟧</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>⟦Thé šçrééñ štàýš õñ whîlé çhàrgîñg ·············⟧</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>⟦Thé šçrééñ türñš õff àftér {seconds} šéçõñdš ·················⟧</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>⟦Thé štrõñgéšt lõçk-šçrééñ šéttîñgš, tràñšlàtîõñ hîštõrý çléàréd, àñd štépš tõ tàké béfõré à šéàrçh. ·······································⟧</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>⟦Thé üñdõ réçõrd õñ thé phõñé çõüld ñõt bé réàd, šõ thé répõrt çàññõt šàý whàt wàš çhàñgéd. ····································⟧</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>⟦Thé wõrk prõfîlé õñ thîš phõñé îš rüñ bý îtš màñàgér, õftéñ àñ émplõýér. Théý çàñ šéé thé àppš àñd dàtà îñ thàt prõfîlé. Kéép prîvàté thîñgš õüt õf ît. ····························································⟧</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>⟦Théré îš ñõ Gõõglé Plàý õñ thîš phõñé ··············⟧</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>⟦Théré îš ñõ šçrééñ lõçk ·········⟧</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>⟦Théré wàš ñõ kéý îñ thé kéýrîñg. ············⟧</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>⟦Théré wéré ñõ šàvéd préféréñçéš. ············⟧</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>⟦Théšé àré çõpîéd tõ thé àççõüñt'š šérvérš. Àñýõñé whõ gétš îñtõ thé àççõüñt, õr thé çõmpàñý whéñ põlîçé àšk, çàñ réàd thém wîthõüt ýõür phõñé. ························································⟧</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>⟦Théšé ñééd ýõü, õñ thé phõñé îtšélf. Éàçh õñé tàkéš à mîñüté õr twõ. ···························⟧</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>⟦Thîñk àbõüt fîñgérprîñt àñd fàçé üñlõçk ···············⟧</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>⟦Thîñk béfõré éràšîñg ît frõm à dîštàñçé ···············⟧</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>⟦Thîš Àñdrõîd véršîõñ dõéš ñõt šàý whîçh kîñd õf lõçk ît îš. Îf ît îš à pàttérñ, çhàñgé ît tõ à PÎN õf 6 ñümbérš õr mõré, õr à pàššwõrd. ······················································⟧</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>⟦Thîš Àñdrõîd véršîõñ hàš ñõ Lõçkdõwñ büttõñ ·················⟧</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>⟦Thîš àpp çàñ kñõw whéré ýõü àré àll thé tîmé, õr réàd ýõür téxt méššàgéš õr çàll hîštõrý. Mõšt àppš dõ ñõt ñééd thàt. Tàké àwàý whàt ît dõéš ñõt ñééd. ····························································⟧</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>⟦Thîš àpp çàñ püt îtš õwñ wîñdõwš õñ tõp õf õthér àppš. Hàrmfül àppš üšé thîš tõ šhõw fàké šçrééñš thàt štéàl à PÎN õr pàššwõrd. Chàt bübbléš àñd tràñšlàté büttõñš üšé ît tõõ. ·····································································⟧</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>⟦Thîš àpp dîd ñõt çõmé frõm àñ àpp štõré, àñd ît çàñ réàçh ýõür prîvàté thîñgš. Spýîñg àppš wõrk lîké thîš. Îf ýõü dõ ñõt kñõw thîš àpp, kéép à réçõrd àñd gét hélp béfõré ýõü rémõvé ît. ·········································································⟧</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>⟦Thîš àpp îš màdé tõ wàtçh à phõñé, fõr éxàmplé àš "pàréñtàl çõñtrõl". Îf ýõü dîd ñõt îñštàll ît ýõüršélf, šõméõñé màý bé fõllõwîñg whàt ýõü dõ. Dõ ñõt rémõvé ît ýét: kéép à réçõrd àñd màké à šàfétý plàñ fîršt. ···················································································⟧</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>⟦Thîš àpp îš õñ püblîç lîštš õf štàlkérwàré: àppš thàt hîdé õñ à phõñé àñd šéñd méššàgéš, lõçàtîõñ, phõtõš àñd çàllš tõ šõméõñé élšé. Dõ ñõt rémõvé ît ýét: thàt çàñ wàrñ thé péršõñ whõ îñštàlléd ît. Kéép à réçõrd àñd màké à šàfétý plàñ fîršt. ································································································⟧</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this right away.</source>
   <translation>⟦Thîš àpp màý püt ñéw àppš õñ thé phõñé. Thàt îš hõw špýîñg àppš õftéñ gét îñ. Üñléšš ýõü üšé ît tõ îñštàll àppš õñ pürpõšé, tàké thîš rîght àwàý. ··························································⟧</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>⟦Thîš àpp šééš évérý ñõtîfîçàtîõñ: méššàgé prévîéwš, çõdéš, bõõkîñgš, whõ îš çàllîñg. Spýîñg àppš üšé thîš. Kéép ît õñlý fõr àppš ýõü ñééd, lîké à šmàrtwàtçh àpp. ································································⟧</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>⟦Thîš àpp üplõàdš ýõür çõñtàçt lîšt tõ îtš õwñ šérvérš, whéré štràñgérš çàñ lõõk üp thé ñàméš péõplé gàvé tõ à phõñé ñümbér. Ýõür çlîéñtš' àñd çõlléàgüéš' ñümbérš, àñd thé ñàméš ýõü šàvéd thém üñdér, léàvé thé phõñé. ······················································································⟧</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>⟦Thîš çàññõt bé üñdõñé. ········⟧</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>⟦Thîš çõmpütér dõéš ñõt àllõw hàrdéñér tõ üšé thé ÜSB põrt. Õñ Lîñüx, îñštàll thé pàçkàgé "àñdrõîd-šdk-plàtfõrm-tõõlš-çõmmõñ" (ît àddš thé ÜSB rüléš), théñ plüg thé phõñé îñ àgàîñ. ·······································································⟧</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>⟦Thîš çõmpütér hàš ñõ šàfé plàçé tõ kéép hàrdéñér'š kéý (à "kéýrîñg"). Õñ Lîñüx, îñštàll àñd üñlõçk GNÕMÉ Kéýrîñg õr KWàllét (fõr éxàmplé: šüdõ àpt îñštàll gñõmé-kéýrîñg), théñ trý àgàîñ. hàrdéñér ñévér štõréš thé kéý îñ à plàîñ fîlé. ·····························································································⟧</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>⟦Thîš çõüld ñõt bé çhàñgéd frõm thé çõmpütér. ·················⟧</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>⟦Thîš îš à šümmàrý õf à šàfétý çhéçk õf thîš phõñé: whàt wàš fõüñd, whàt wàš çhàñgéd, whàt ýõü çàñ štîll dõ ýõüršélf, àñd whàt tõ dõ îf thé phõñé îš évér tàkéñ. ·······························································⟧</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>⟦Thîš îš àñ õrdîñàrý àpp, büt ît çàñ àlšõ bé üšéd tõ fõllõw à péršõñ: fõr éxàmplé à lõçàtîõñ tràçkér, à çàll réçõrdér õr à rémõté-çõñtrõl àpp. Dîd ýõü îñštàll ît, àñd whý? ····································································⟧</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>⟦Thîš méššéñgér üšéš ýõür çõñtàçtš tõ šhõw whõ élšé üšéš ît, àñd péõplé whõ hàvé ýõür ñümbér çàñ šéé thàt ýõü üšé ît. Îf thàt çõüld õüt ýõü, üšé ît wîth à šépàràté ñümbér. ····································································⟧</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>⟦Thîš phõñé ····⟧</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>⟦Thîš phõñé îš màñàgéd bý {app} ············⟧</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>⟦Thîš šümmàrý îš ñõt képt õñ thé çõmpütér ît wàš màdé õñ. Îf ýõü kéép à çõpý, kéép ît šõméwhéré šàfé, õr délété ît whéñ ýõü ñõ lõñgér ñééd ît. ························································⟧</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>⟦Thîš wàš léft àš ît wàš, béçàüšé ît wàš ñõt çhõšéñ. ····················⟧</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone to hardener on any computer and choose Undo.</source>
   <translation>⟦Tõ püt thé çhàñgéš bàçk, çõññéçt thé phõñé tõ hàrdéñér õñ àñý çõmpütér àñd çhõõšé Üñdõ. ··································⟧</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>⟦Tràñšlàtîõñ àppš kéép whàt ýõü týpéd õr šàîd, õftéñ çõñvéršàtîõñš wîth çlîéñtš. Põlîçé hàvé üšéd thîš hîštõrý tõ prõvé thàt péõplé àré šéx wõrkérš. Cléàr ît õftéñ. ·································································⟧</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>⟦Tràñšlàtîõñ àppš: çõüld ñõt bé réàd ··············⟧</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>⟦Tràñšlàtîõñš képt îñ ýõür àççõüñt: çõüld ñõt bé réàd ····················⟧</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>⟦Tràñšlàtõr hîštõrý ·······⟧</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>⟦Türñ Plàý Prõtéçt õñ ········⟧</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>⟦Türñ õñ dîšàppéàrîñg méššàgéš, àñd délété çhàtš àñd phõtõš ýõü dõ ñõt ñééd. ······························⟧</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>⟦ÜSB àñd wîréléšš débüggîñg àré õñ ·············⟧</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>⟦ÜSB débüggîñg àñd dévélõpér õptîõñš àré õff ·················⟧</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>⟦ÜSB débüggîñg îš õff õñ thîš phõñé, šõ hàrdéñér çàññõt tàlk tõ ît. ··························⟧</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>⟦ÜSB débüggîñg îš õñ ·······⟧</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>⟦ÜSB débüggîñg: çõüld ñõt bé réàd ············⟧</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>⟦Ürgéñt ··⟧</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>⟦Üšàgé àççéšš šhõwš àñ àpp évérý àpp ýõü õpéñ, àñd fõr hõw lõñg. Spýîñg àppš üšé ît tõ répõrt õñ ýõü. Féw àppš ñééd ît. ···············································⟧</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>⟦Üšàgé àççéšš šhõwš whîçh àppš ýõü üšé, àñd whéñ. ···················⟧</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>⟦Üšàgé àççéšš: çõüld ñõt bé réàd ············⟧</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>⟦Üšé Lõçkdõwñ whéñ thé phõñé màý bé tàkéñ ················⟧</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>⟦Üšé à PÎN, ñõt ýõür fàçé õr fîñgér ·············⟧</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>⟦Üšé à štrõñg šçrééñ lõçk ·········⟧</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>⟦Wébçàm àñd çõñtéñt wõrk ·········⟧</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>⟦Whàt àççõüñtš çõpý: çõüld ñõt bé réàd ··············⟧</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>⟦Whàt wàš çhàñgéd ······⟧</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>⟦Whàt wàš fõüñd ·····⟧</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>⟦Whéñ ýõü àré šîgñéd îñ, Gõõglé çàñ šàvé whàt ýõü tràñšlàté îñ ýõür Gõõglé àççõüñt, àwàý frõm thé phõñé. hàrdéñér çàññõt šéé õr délété thàt çõpý. Ýõü çàñ délété ît ýõüršélf. ····································································⟧</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>⟦Whéré àppš çàmé frõm: çõüld ñõt bé réàd ···············⟧</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>⟦Whîlé thé phõñé îš plüggéd îñ, îtš šçrééñ ñévér türñš õff, šõ ît ñévér lõçkš. Àñýõñé çàñ pîçk ît üp frõm thé çhàrgér àñd üšé ît. ···················································⟧</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>⟦Whõévér kñõwš thé pàššwõrd õf àñ àççõüñt çàñ šéé whàt ît kéépš (méššàgéš, phõtõš, çõñtàçtš, lõçàtîõñ) frõm àñýwhéré, wîthõüt thé phõñé. Chéçk thàt ýõü kñõw évérý àççõüñt héré, àñd kéép wõrk àñd prîvàté àççõüñtš àpàrt. ······················································································⟧</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>⟦Wîthõüt éñçrýptîõñ, thé çõñtéñtš õf thé phõñé çàñ bé çõpîéd õüt wîth tõõlš, évéñ whéñ ît îš lõçkéd. Õld phõñéš çàñ éñçrýpt frõm Séttîñgš; ñéwér phõñéš àlwàýš dõ. ································································⟧</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>⟦Wîthõüt thé mîçrõphõñé àñd çõñtàçtš, à tràñšlàtîõñ àpp kéépš léšš àbõüt ýõü. ······························⟧</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>⟦Wõrth fîxîñg ····⟧</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>⟦Xîàõmî Rédmî Nõté 12 õñ MÎÜÎ 14 (Àñdrõîd 13) wîth "ÜSB débüggîñg (Séçürîtý šéttîñgš)" õff: pérmîššîõñ çhàñgéš àñd šéçüré šéttîñgš wrîtéš àré réfüšéd. ···························································⟧</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>⟦Ýõü çàñ dõ ît ýõüršélf îñ thé phõñé'š Séttîñgš àpp. ····················⟧</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>⟦Ýõür Gõõglé àççõüñt màý kéép ýõür tràñšlàtîõñš ··················⟧</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>⟦àççõüñtš ···⟧</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>⟦àllõwéd ··⟧</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>⟦àpp pérmîššîõñš ······⟧</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>⟦àpp štõràgé ····⟧</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>⟦àpp üšé ··⟧</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>⟦àppš ··⟧</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>⟦bàçküp ··⟧</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>⟦blõçkéd ··⟧</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>⟦bõdý šéñšõrš ····⟧</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>⟦çàléñdàr ···⟧</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>⟦çàll hîštõrý ····⟧</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>⟦çàmérà ··⟧</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>⟦çàñ réàd ýõür ñõtîfîçàtîõñš ··········⟧</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>⟦çàññõt réàd ýõür ñõtîfîçàtîõñš ············⟧</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>⟦çléàréd ··⟧</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>⟦çõñtàçtš ···⟧</translation>
  </message>
  <message>
   <source>default</source>
   <translation>⟦défàült ··⟧</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>⟦dévîçé àdmîñš ·····⟧</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>⟦fîñgérprîñtš àñd fàçé ········⟧</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>⟦hàrdéñér çõmpàréd évérý àpp õñ thîš phõñé wîth püblîç lîštš õf štàlkérwàré. Nõñé màtçhéd. Thé lîštš àré ñõt çõmplété: îf šõméõñé šéémš tõ kñõw thîñgš théý šhõüld ñõt, gét hélp tõ çhéçk fürthér. ·············································································⟧</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say whether it is safe. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>⟦hàrdéñér çõüld ñõt réàd thîš frõm thé phõñé, šõ ît çàññõt šàý whéthér ît îš šàfé. Pléàšé çhéçk ît õñ thé phõñé ýõüršélf. Whàt wéñt wrõñg: {reason} ··························································⟧</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>⟦hàrdéñér çõüld ñõt šàvé îtš üñdõ réçõrd õñ thé phõñé, šõ ît çhàñgéd ñõthîñg. Chéçk thàt thé phõñé hàš fréé špàçé, théñ trý àgàîñ. ···················································⟧</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>⟦hàrdéñér hît à prõblém îñ õñé õf îtš õwñ çhéçkš ({check}), šõ thîš pàrt õf thé phõñé wàš ñõt jüdgéd. Pléàšé répõrt ît; thé õthér réšültš štîll štàñd. ···························································⟧</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>⟦hàrdéñér kéépš ñõthîñg élšé õñ thîš çõmpütér. Répõrtš ýõü šàvéd ýõüršélf àré whéré ýõü šàvéd thém. ·······································⟧</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. "hardener finish" does this for you at the end.</source>
   <translation>⟦hàrdéñér ñéédš ÜSB débüggîñg tõ wõrk. Whéñ ýõü fîñîšh, šwîtçh ît õff: à phõñé wîth débüggîñg õñ îš éàšîér tõ çõpý. "hàrdéñér fîñîšh" dõéš thîš fõr ýõü àt thé éñd. ································································⟧</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>⟦hîštõrý àñd dàtà képt õñ thé phõñé ·············⟧</translation>
  </message>
  <message>
   <source>location</source>
   <translation>⟦lõçàtîõñ ···⟧</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>⟦lõçàtîõñ àll thé tîmé ········⟧</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>⟦lõçkéd dõwñ üñtîl thé PÎN îš éñtéréd ··············⟧</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>⟦méššàgéš ···⟧</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>⟦mîçrõphõñé ····⟧</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>⟦ñéàrbý dévîçéš ·····⟧</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>⟦ñõrmàl ··⟧</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>⟦ñõt àllõwéd ····⟧</translation>
  </message>
  <message>
   <source>off</source>
   <translation>⟦õff ··⟧</translation>
  </message>
  <message>
   <source>on</source>
   <translation>⟦õñ ··⟧</translation>
  </message>
  <message>
   <source>password</source>
   <translation>⟦pàššwõrd ···⟧</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>⟦pàüšéd ··⟧</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>⟦phõñé çàllš ····⟧</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>⟦phõñé mõdél àñd Àñdrõîd véršîõñ ············⟧</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>⟦phõtõš ··⟧</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>⟦phõtõš àñd fîléš ······⟧</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>⟦šçrééñ lõçk ····⟧</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>⟦šéttîñgš ···⟧</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>⟦šwîtçhéd õff ····⟧</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>⟦šýñç ··⟧</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>⟦téxt méššàgéš ·····⟧</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>⟦üñkñõwñ ··⟧</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>⟦üšàblé ··⟧</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>⟦üšérš àñd prõfîléš ·······⟧</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>⟦{app} çàñ bàçk üp àll ýõür çhàtš, phõtõš àñd võîçé méššàgéš tõ Gõõglé Drîvé. hàrdéñér çàññõt šéé whéthér ît dõéš, šõ pléàšé çhéçk. Àñýõñé whõ gétš îñtõ thàt Gõõglé àççõüñt çàñ réàd thé bàçküp. ············································································⟧</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>⟦{app} çàñ bé üšéd tõ wàtçh šõméõñé ·············⟧</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>⟦{app} çàñ çõpý phõtõš àñd fîléš tõ thé çlõüd ·················⟧</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>⟦{app} çàñ dràw õvér õthér àppš ············⟧</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>⟦{app} çàñ îñštàll õthér àppš ···········⟧</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>⟦{app} çàñ réàd àll ýõür ñõtîfîçàtîõñš ··············⟧</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>⟦{app} çàñ réàd ýõür çõñtàçtš ···········⟧</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>⟦{app} çàñ šéé àñd çõñtrõl ýõür šçrééñ ··············⟧</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>⟦{app} çàñ šéé whîçh àppš ýõü üšé àñd whéñ ················⟧</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>⟦{app} çàñ üšé: {groups} ·········⟧</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>⟦{app} dîd ñõt çõmé frõm àñ àpp štõré ··············⟧</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>⟦{app} hàš dévîçé àdmîñ rîghtš ···········⟧</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>⟦{app} kéépš à hîštõrý õf whàt ýõü tràñšlàté ·················⟧</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>⟦{app} màý çõpý ýõür çhàtš tõ thé çlõüd ···············⟧</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>⟦{app} màý üplõàd ýõür phõtõš õr fîléš tõ îtš çlõüd. hàrdéñér çàññõt šéé whàt ît üplõàdš, šõ pléàšé çhéçk. Àñýõñé whõ gétš îñtõ thé àççõüñt çàñ šéé thém. ····························································⟧</translation>
  </message>
  <message>
   <source>{count} things were already set safely and were left as they were.</source>
   <translation>⟦{count} thîñgš wéré àlréàdý šét šàfélý àñd wéré léft àš théý wéré. ··························⟧</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>⟦{service} àççõüñt {account} çõpîéš ýõür {data} ··················⟧</translation>
  </message>
 </context>
</TS>
