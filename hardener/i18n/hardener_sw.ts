<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_KE">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>Mabadiliko %v kati ya %m yamefanyika</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Ghairi</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Badiliko</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Mabadiliko na hali yake</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Mabadiliko yaliyofanyika hadi sasa</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Inabadilisha simu…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Acha simu ikiwa imechomekwa. hardener kwanza huandika rekodi ya kutendua kwenye simu.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>Hapana, liruke</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Swali: badiliko hili haliwezi kutenduliwa</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Hali</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Acha kubadilisha simu (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Inasimamisha…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Badiliko hili haliwezi kutenduliwa</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Ndiyo, kwa programu %n ya aina hii</numerusform>
    <numerusform>Ndiyo, kwa programu zote %n za aina hii</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Ndiyo, lifanye</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
Sasa: {now}. Baadaye: {after}.
Hili haliwezi kutenduliwa. Ungependa kufanya badiliko hili?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Inakagua…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Imeshindwa kukagua</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Imekamilika</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>Nimelifanya</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>Nimelifanya: kagua tena</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Bado</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Acha kukagua</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>La kufanya</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener imekagua simu: hili limekamilika.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener imekagua simu: hili bado halijafanyika. Jaribu hatua hizo tena.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener haikuweza kukagua hili kwenye simu. Hakikisha kwamba limefanyika.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener inasoma simu tena…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener husoma simu tena ili kukagua hatua hii</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>Kuhusu jambo ulilochagua</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Kagua tena</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Chagua mstari upande wa kushoto ili usome kuuhusu.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Chagua cha kubadilisha</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Chagua hali yako na uone kila badiliko kabla halijafanywa</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>Mambo yaliyopatikana, kwa makundi, mazito zaidi kwanza</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Maliza</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>Kutoka kwenye mwongozo wa NSWP “Digital Security” (Usalama wa Kidijitali), sehemu: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Uzito wake</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Zima utatuzi wa USB na umalize</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>Kile hardener ilichopata</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>Kile hardener ilichoona kwenye simu</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>Unachoweza kufanya</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>Kwa nini ni muhimu</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener imepata jambo %n la kurekebisha</numerusform>
    <numerusform>hardener imepata mambo %n ya kurekebisha</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener haikupata chochote cha kurekebisha katika kile ilichoweza kukagua</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener haikupata chochote cha haraka cha kurekebisha</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>Jambo %n bado la kufanya kwenye simu. Ni wewe tu unayeweza kulifanya.</numerusform>
    <numerusform>Mambo %n bado ya kufanya kwenye simu. Ni wewe tu unayeweza kuyafanya.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF au ukurasa wa wavuti, mahali unapochagua</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Rudi</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Ghairi</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Hukata muunganisho na simu</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Maliza</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>Haikuweza kufutwa, kwa hiyo utatuzi wa USB umeachwa ukiwa umewashwa. Rudi nyuma na ujaribu Maliza tena.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Baki na uwezo wa kutendua baadaye. Mtu anayepekua simu anaweza kuona kwamba mipangilio yake ilibadilishwa.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Fanya simu isahau kompyuta hii</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Mtu anayefuata: futa kila kitu</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>Kwenye simu, fungua Mipangilio, kisha Chaguo za wasanidi programu (mara nyingi ziko chini ya “Mfumo”). Kama huwezi kupata Chaguo za wasanidi programu, tayari zimezimwa: umemaliza.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Huondoa kila kitu kuhusu simu hii kwenye skrini na kwenye kumbukumbu</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Ripoti imehifadhiwa: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Hifadhi ripoti kwanza</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Ona yaliyobaki ya kufanya</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Simamisha (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Zima utatuzi wa USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Zima “Tumia chaguo za wasanidi programu”, juu ya skrini.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Inazima utatuzi wa USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Gusa “Batilisha idhini za utatuzi wa USB”, kisha “Sawa”.</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>Simu haikuthibitisha. Uzime kwenye simu: fuata hatua zilizo hapa chini.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Ripoti haikuweza kuhifadhiwa: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>Rekodi ya kutendua bado iko kwenye simu</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Hii huchukua sekunde chache.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Ili kutendua baadaye utahitaji msimbo wa kutendua uliopewa.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Ili kutendua baadaye utahitaji msimbo huu wa kutendua: %1. Uweke mbali na simu.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Utatuzi wa USB umezimwa</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>Huenda utatuzi wa USB bado umewashwa</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Chomoa simu.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Unaweza kuchomoa simu. Hatua moja ya mwisho kwenye simu:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>Sasa hardener inazima utatuzi wa USB na Chaguo za wasanidi programu kwenye simu. Kisha simu itakatika: hilo ni jambo la kawaida.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Data za kibayometriki kama vile alama za vidole na picha za mboni ya jicho hutumika katika pasipoti na mipakani, jambo linalotia wasiwasi pale ambapo wafanyabiashara ya ngono ni wahamiaji waliopigwa marufuku.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Data zinaweza kukusanywa kupitia njia nyingi kama vile kurasa za wavuti, programu, mifumo ya benki kwa simu, na bayometriki bila wafanyabiashara ya ngono kujua wala kutoa ridhaa yao, jambo linaloleta hatari zisizokubalika kwa usalama na faragha ya wafanyabiashara ya ngono.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Ulinzi wa data, udhibiti wa habari, kujipanga, masuala ya usalama na faragha</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Teknolojia za kidijitali, kama vile programu za simu na mbinu za upelelezi wa kibayometriki, zinaweza pia kutumiwa kuwatafuta, kuwahesabu, kuwatambua, kuwafuatilia, kuwasaka na kuwaadhibu wafanyabiashara ya ngono;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Wakati wa karantini, kulikuwa na aina fulani ya “msako” dhidi ya wafanyabiashara ya ngono kupitia mitandao [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Algorithimu ya Facebook ya ‘Watu Unaoweza Kuwafahamu’ (People You May Know) inajulikana kukusanya taarifa za watumiaji kutoka majukwaa na vifaa mbalimbali kuingia Facebook, na kusababisha akaunti za faragha za wafanyabiashara ya ngono kuonekana kwenye skrini za wateja au za wanafamilia, hivyo kuondoa kinga za usalama zilizowekwa na wafanyabiashara ya ngono.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Kwa mfano, wafanyabiashara ya ngono wanapokamatwa, simu zao zinaweza kutumiwa kupata taarifa za kuwatia hatiani ili kuwatishia na kuwadai hongo.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Mbinu bora</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Sheria zenye madhara zinazosimamia anga za kidijitali na athari zake kwa faragha, usalama na ustawi wa wafanyabiashara ya ngono</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Utangulizi</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Vyombo vya sheria pia hupekua simu za wafanyabiashara ya ngono wanapokamatwa, vikiangalia kwa makini jumbe zao na historia yao ya Google Tafsiri.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Vyombo vya sheria pia hupekua simu za wafanyabiashara ya ngono wanapokamatwa, vikiangalia kwa makini jumbe zao na historia yao ya Google Tafsiri. Hili kisha hutumiwa kuthibitisha kwamba wao ni wafanyabiashara ya ngono, na kisha wanahukumiwa na/au kufukuzwa nchini.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Mapitio ya maandiko</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Wanachama wengi walitaja matukio ambapo data nyeti zilipatwa na watu wanaotafuta njia za kuwanyonya na kuwanyanyasa wafanyabiashara ya ngono kwa kuwatishia na kuwatisha.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Wahojiwa wengi pia waliripoti kwamba polisi hulenga tovuti, mitandao ya kijamii na programu za kutafuta wapenzi ili kukusanya taarifa kuhusu wafanyabiashara ya ngono, ili kudai pesa au ngono.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Kuchora ramani ya kumbi au maeneo halisi yanayotembelewa na wafanyabiashara ya ngono ni jambo nyeti sana na linaloweza kuwa hatari.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Mapendekezo</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Watoa huduma na wafanyabiashara ya ngono lazima wafahamu jinsi majukwaa na programu hizi za mtandaoni zinavyoweza kutumia au kushiriki data zilizokusanywa na watu wengine kama vile watangazaji, wanahisa, na hata serikali.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Baadhi ya mbinu za usalama wa kidijitali ambazo wafanyabiashara ya ngono hutumia ni pamoja na kutumia VPN (mtandao pepe wa faragha), kuwa na simu na SIM kadi tofauti kwa kazi na kwa maisha binafsi,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Baadhi ya mbinu za usalama wa kidijitali ambazo wafanyabiashara ya ngono hutumia ni pamoja na kutumia VPN (mtandao pepe wa faragha), kuwa na simu na SIM kadi tofauti kwa kazi na kwa maisha binafsi, kulinda kwa nenosiri, kutumia usimbaji fiche,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Sheria ya Mwenendo wa Makosa ya Jinai (CPC) inaruhusu maafisa wa polisi au watu wengine walioteuliwa kupata data yoyote inayoonekana kuwa ya lazima bila idhini ya mahakama.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Kufichuliwa na watu wengine kwamba mtu anafanya biashara ya ngono ni tishio kubwa. Daima kuna hatari ya wateja kupata akaunti binafsi ya wafanyabiashara ya ngono.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Matumizi ya bayometriki, uchimbaji na uvunaji wa data, ulengaji mdogo wa matangazo, uchoraji ramani wa maeneo, n.k. katika huduma za kidijitali kwa wafanyabiashara ya ngono yamejaa hatari na yanadhoofisha ufanisi wa utoaji wa huduma.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Kuna matukio ambapo picha au video za wafanyabiashara ya ngono kutoka maonyesho ya kamera hunaswa na watu ambao kisha huzitumia kuwatishia.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Hili pia ni la kawaida katika nchi nyingi pale mfanyabiashara ya ngono anapokamatwa, na polisi huchukua simu yake ili kupata taarifa kuhusu wafanyabiashara wengine ya ngono.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Hili, kwa upande wake, linaweza kusababisha wafanyabiashara ya ngono kufichuliwa, ‘kufanyiwa doxxing’ (kufichua mtandaoni taarifa zinazomtambulisha mtu), kunyanyaswa, kufuatiliwa, kutishiwa ili kutoa pesa au kukabili tabia nyingine za unyanyasaji zinazohatarisha ustawi na maisha yao.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>aina yoyote ya ukusanyaji wa data inaweza kutishia faragha na usalama wa wafanyabiashara ya ngono ikiishia mikononi mwa watu wasiofaa.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>kuchagua vivinjari, majukwaa, watoa huduma za barua pepe, programu na zana nyingine za mawasiliano zinazotoa chaguo bora za ulinzi wa data na faragha.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>wafanyabiashara wengi ya ngono hupendelea kuwa na utambulisho tofauti wa mtandaoni kwa ajili ya kazi.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>data nyeti zinaweza kuishia mikononi mwa watu wanaotaka kuwadhuru wafanyabiashara ya ngono hata pale inapodhaniwa kuwa ziko salama.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>Hati</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>Ficha dirisha hili sasa na ufute kila kitu kinachoonyeshwa</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Ondoka haraka (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Ghairi</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Maliza</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>Maliza huzima utatuzi wa USB na kufuta rekodi ya kutendua. Ukiachwa umewashwa, ni njia ya kuingia kwenye simu kwa yeyote atakayeishika baadaye.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Ondoka hata hivyo</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>Simu inabadilishwa sasa hivi. Ukiondoka sasa, badiliko linaweza kubaki nusu.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>Utatuzi wa USB bado umewashwa</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>Utatuzi wa USB bado umewashwa: maliza kwanza?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>&amp;Msaada</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Lugha</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>Mtu &amp;anayefuata: futa kila kitu</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Funga programu</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Kipindi</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;Ukubwa wa maandishi</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Maandishi makubwa zaidi</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>Ukaguzi umesimamishwa. Hakuna kilichobadilishwa kwenye simu.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Jinsi ya kuwasha &amp;utatuzi wa USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Kubwa</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Kubwa zaidi</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Kubwa kabisa</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Kawaida</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Simu: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Simu ya mazoezi (si simu halisi)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Maandishi madogo zaidi</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Imesimamishwa. Simu haijaunganishwa.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: kagua na ulinde simu</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Tayari iko sawa</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Haliwezi kutenduliwa</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Inabadilisha…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Limerekebishwa</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Huenda limebadilika</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Halijarekebishwa</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>Halijarudishwa</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Limerudishwa</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Limerukwa</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>Simu haikukubali badiliko. Baadhi ya simu huzuia hili.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>Simu haikurudisha thamani ya zamani.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>Simu ilisema: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>Simu ilikuwa tayari imewekwa hivi.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Inasubiri</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>Inashughulikia…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Ulichagua kutofanya badiliko hili.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener haikuweza kusoma mpangilio tena, kwa hiyo haiwezi kusema kama lilifanikiwa.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>%n tayari liko sawa.</numerusform>
    <numerusform>%n tayari yako sawa.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>%n limerekebishwa.</numerusform>
    <numerusform>%n yamerekebishwa.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>%n halijarekebishwa: ona sababu hapa chini.</numerusform>
    <numerusform>%n hayajarekebishwa: ona sababu hapa chini.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>%n limerukwa.</numerusform>
    <numerusform>%n yamerukwa.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF au ukurasa wa wavuti, mahali unapochagua</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Badiliko</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Kagua simu tena na ufanye mabadiliko yaliyokataliwa</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Imekamilika</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Imekamilika, kwa matatizo</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Imekamilika. Hili haliwezi kutenduliwa.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Kila badiliko na matokeo yake</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Maliza</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Rudisha thamani za awali</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Ripoti imehifadhiwa: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Matokeo</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Hifadhi ripoti</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Bado la kufanya kwenye simu: %n</numerusform>
    <numerusform>Bado ya kufanya kwenye simu: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Zima utatuzi wa USB na umalize</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Ripoti haikuweza kuhifadhiwa: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Jaribu tena</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Msimbo wa kutendua: %1. Unauhitaji tu ili kutendua mabadiliko haya baadaye kutoka kwenye kompyuta nyingine. Uandike na uuweke mbali na simu.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Tendua mabadiliko haya</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>Unayoweza kufanya wewe tu kwenye simu, yamekaguliwa tena</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Kwa nini</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Kama hakuna “Chaguo za wasanidi programu”, ziwashe kwanza: fuata “Jinsi ya kuwasha utatuzi wa USB” hadi “Chaguo za wasanidi programu”. Simu na kompyuta hii lazima ziwe kwenye mtandao mmoja wa Wi-Fi.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>Kwenye skrini ya “Utatuzi usiotumia waya”, anwani iliyo chini ya “Anwani ya IP na Mlango” ndiyo ya kuunganisha. Mlango wake si mlango wa kuoanisha. Iandike hapa chini pia.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Fungua Mipangilio na utafute “Chaguo za wasanidi programu”. Mara nyingi ziko chini ya “Mfumo”. Unaweza pia kuandika “wasanidi” kwenye kisanduku cha kutafuta juu ya Mipangilio.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Fungua Mipangilio. Gusa “Mipangilio ya ziada” (au “Mipangilio ya mfumo”), kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Fungua Mipangilio. Gusa “Mipangilio ya ziada”, kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Fungua Mipangilio. Gusa “Mfumo na masasisho”, kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Fungua Mipangilio. Gusa “Mfumo”, kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Fungua Mipangilio. “Chaguo za wasanidi programu” ziko chini kabisa: ziguse.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Washa “Utatuzi usiotumia waya”. Simu itauliza “Ungependa kuruhusu utatuzi usiotumia waya kwenye mtandao huu?”: gusa “Ruhusu”.</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Gusa maneno “Utatuzi usiotumia waya” (si swichi) ili kufungua skrini yake. Kisha gusa “Oanisha kifaa ukitumia msimbo wa kuoanisha”.</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>Simu inaonyesha “Msimbo wa kuoanisha wa Wi-Fi” wenye tarakimu sita na “Anwani ya IP na Mlango”. Viandike vyote viwili hapa chini. Acha dirisha hili wazi kwenye simu hadi hardener iseme kwamba imeunganishwa.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Anwani ya kuunganisha (Anwani ya IP na Mlango):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Anwani ya kuunganisha, kwa mfano 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Rudi</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Unganisha kupitia Wi-Fi ukitumia msimbo wa kuoanisha</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Kwa simu zenye Android 11 au mpya zaidi, bila kebo. Programu ya Google “adb” (Platform-Tools) ndiyo inayooanisha. Kisha simu inaamini ufunguo wa programu hiyo, ambao huhifadhiwa kwenye faili katika folda ya nyumbani ya kompyuta hii (.android/adbkey), si ufunguo wa hardener wenyewe. adb ya Google pia huweka orodha ya simu ilizooanisha nazo katika folda hiyo (.android/adb_known_hosts.pb): mtu anayepekua kompyuta hii anaweza kuona kwamba simu ziliwahi kuoanishwa. hardener haiifuti.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>Programu ya Google “adb”, toleo {version}, ndiyo itakayooanisha ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Inatafuta programu ya Google “adb” kwenye kompyuta hii…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Aina ya simu</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Simu nyingine</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Oanisha na uunganishe</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Anwani ya kuoanisha na mlango, kwa mfano 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Anwani ya kuoanisha na mlango:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>Kuoanisha hakuwezi kufanyika kutoka kwenye kompyuta hii. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Kwanza andika vitu vitatu ambavyo simu inaonyesha: anwani ya kuoanisha, msimbo, na anwani ya kuunganisha.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Tumia kebo ya USB badala yake</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Msimbo wa kuoanisha wa Wi-Fi, tarakimu sita</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Msimbo wa kuoanisha wa Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener haikuweza kuendesha programu ya Google “adb”.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>Kuhusu simu</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Mipangilio ya ziada</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Ruhusu</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Ruhusu utatuzi wa ADB katika hali ya kuchaji pekee</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Ungependa kuruhusu utatuzi wa USB?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>Ungependa kuruhusu utatuzi usiotumia waya kwenye mtandao huu?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Ruhusu kila wakati kutoka kwenye kompyuta hii</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Toleo la Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Programu</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Betri</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Nambari ya muundo</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Ghairi</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Kuchaji pekee</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Kataa</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Chaguo za wasanidi programu</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Jina la kifaa</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Skrini</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Kuhamisha faili</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>Anwani ya IP na Mlango: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Toleo la MIUI / Toleo la OS</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Muundo</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Mtandao na intaneti</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>Sawa</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Oanisha kifaa ukitumia msimbo wa QR</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Oanisha kifaa ukitumia msimbo wa kuoanisha</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Oanisha na kifaa</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Picha ya skrini ya simu</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Batilisha idhini za utatuzi wa USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>Ungependa kubatilisha idhini ya utatuzi wa USB kwa kompyuta zote ulizoidhinisha awali?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Usalama</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Mipangilio</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Maelezo ya programu</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Skrini isijizime</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Mfumo</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Mfumo na masasisho</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Gusa: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>Alama bainifu ya ufunguo wa RSA wa kompyuta ni: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Utatuzi wa USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Utatuzi wa USB (Mipangilio ya usalama)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>Utatuzi wa USB umekusudiwa kwa madhumuni ya usanidi tu.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Tumia USB kwa ajili ya</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Tumia chaguo za wasanidi programu</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Tumia utatuzi usiotumia waya</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Toleo</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Msimbo wa kuoanisha wa Wi-Fi: 482915
Anwani ya IP na Mlango: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Utatuzi usiotumia waya</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>Sasa wewe ni msanidi programu!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>Ruhusu</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Ungependa kuruhusu utatuzi wa USB?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Ruhusu kila wakati kutoka kwenye kompyuta hii</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Kataa</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>Kwenye skrini ya simu ya mazoezi (si simu halisi):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Skrini ya simu ya mazoezi</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Simu ya mazoezi: ruhusu kompyuta hii</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Simu ya mazoezi: kataa kompyuta hii</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>Alama bainifu ya ufunguo wa RSA wa kompyuta ni:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Wasifu umeharibika</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Programu nyingine inatumia simu</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Huuliza kabla ya kusimamisha programu ya adb kwenye kompyuta hii</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Rudi kwenye kuoanisha</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Rudi mwanzo</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Unganisha tena</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Unganisha kupitia programu ya adb inayoshikilia simu, bila kuisimamisha</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Maelezo kwa msaidizi</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Jinsi ya kuwasha utatuzi wa USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Zaidi ya simu moja</translation>
  </message>
  <message>
   <source>No</source>
   <translation>Hapana</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>Hakuna simu iliyopatikana</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>Hakuna mahali salama kwa ufunguo wa hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>Hakuna kinachojibu kwenye anwani hii</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>Hakuna kilichobadilishwa</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>Hakuna kilichobadilishwa kwenye simu.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>Kuoanisha hakuwezi kufanyika kutoka kwenye kompyuta hii</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Huenda baadhi ya mabadiliko tayari yamefanywa. Unganisha tena: hardener itayaonyesha na kukupa nafasi ya kuyamaliza au kuyatendua.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Huenda baadhi ya mipangilio bado haijarudi. Unganisha tena ili umalize kuitendua.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Hitilafu fulani imetokea</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Simamisha programu nyingine…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Imesimamishwa</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>Mlango wa USB hauruhusiwi</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>Muunganisho na simu umekatika</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>Kibeba funguo (keyring) kimefungwa</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>Simu haikukubali kuoanisha</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>Simu haikuruhusu kompyuta hii</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>Simu haijibu</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>Simu bado haijaruhusu kompyuta hii</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Anwani hii haiwezi kutumika</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Huu si msimbo wa kuoanisha</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Hii inasimamisha programu ya “adb” kwenye kompyuta hii. Kama mtu mwingine anaitumia (kwa mfano Android Studio), atapoteza muunganisho na simu yake. Ungependa kuisimamisha?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Jaribu tena</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Utatuzi wa USB umezimwa</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>Huenda utatuzi wa USB bado umewashwa. Unganisha tena na ubonyeze Maliza, au uuzime kwenye simu.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>Itumie</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Ndiyo, isimamishe</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener imekutana na tatizo ambalo haikutarajia. Hakuna kitu kingine kitakachofanywa kwenye simu.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>Ufunguo wa hardener umeharibika</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>Pia katika lugha ya pili, kando kwa kando (kwa mfano ya mkufunzi)?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Katika lugha hii tu</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Ukurasa wa wavuti (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Hifadhi ripoti</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>Usibadilishe chochote kwenye simu hii</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>Usimkabili mtu yeyote kuhusu jambo hili kwa sasa. Kuondoa au kubadilisha programu hiyo kunaweza kumtahadharisha mtu aliyeisakinisha.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Pata msaada: shirika la wafanyabiashara ya ngono, huduma ya kupambana na ukatili wa nyumbani au simu ya msaada wa usalama wa kidijitali zinaweza kukusaidia kuamua la kufanya.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Endelea, na ubadilishe programu hiyo pia</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Endelea, usiiguse programu hiyo</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Kwanza andaa mpango wa usalama: mahali unapoweza kwenda, na nani unayeweza kumpigia simu hali ikizidi kuwa mbaya.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Ikiwa tu una mpango wa usalama: mtu aliyeisakinisha anaweza kugundua</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>Mabadiliko mengine bado yanaweza kufanywa; hakuna kinachobadilishwa kuhusu programu hiyo</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Simama na usome: programu inayoweza kupeleleza simu hii imepatikana</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>Simama hapa</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>Huenda programu hiyo inaona kinachofanywa kwenye simu hii, pamoja na mabadiliko yanayofanywa sasa.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>Ghairi</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>Inakagua simu tena…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Inakagua simu…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Kiasi cha simu kilichosomwa</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Sehemu za simu zilizokwisha kusomwa</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Imesomwa: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Acha kukagua (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Inasimamisha…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener inasoma mipangilio ya simu. Haibadilishi chochote.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>%n tayari limefanyika.</numerusform>
    <numerusform>%n tayari yamefanyika.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>Badiliko %n liliachwa kwa sababu jina moja kwenye simu halikuonekana kuwa salama.</numerusform>
    <numerusform>Mabadiliko %n yaliachwa kwa sababu jina moja kwenye simu halikuonekana kuwa salama.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>%n kati yake haliwezi kutenduliwa: utaulizwa tena.</numerusform>
    <numerusform>%n kati yake hayawezi kutenduliwa: utaulizwa tena.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>Baadaye</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Tayari limefanyika</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Rudi kwenye yaliyopatikana</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Linaweza kutenduliwa</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Haliwezi kutenduliwa</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Badiliko</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Badilisha simu kama inavyoonyeshwa kwenye orodha</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Mabadiliko ambayo hardener itafanya</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Chagua hali upande wa kushoto.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Chagua hali inayofanana zaidi na yako. Utaona kila badiliko kabla halijafanywa.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Kila badiliko, pamoja na thamani ya sasa na ya baadaye</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Kwa msaidizi: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Fanya mabadiliko haya</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Sasa</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Hali</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Hatua unazofanya kwenye simu</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>Simu tayari imewekwa hivi. Hakuna cha kubadilisha.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Chaguo hili halibadilishi chochote kwenye simu.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Tendua</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>Hali yako ni ipi?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener itafanya badiliko %n.</numerusform>
    <numerusform>hardener itafanya mabadiliko %n.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Simu kwenye USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Simu kwenye Wi-Fi (anwani)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Anwani ya simu kwenye Wi-Fi, kwa mfano 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Kagua na ulinde simu</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Unganisha</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Unganisha kupitia Wi-Fi ukitumia msimbo wa kuoanisha wa simu, kupitia programu ya Google ya adb</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Unganisha simu kwenye kompyuta hii. hardener huikagua, hueleza inachopata, na inaweza kubadilisha mipangilio ili kuifanya iwe salama zaidi. Haihifadhi chochote kuhusu simu kwenye kompyuta hii.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Unganisha kwenye simu uliyochagua</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Jinsi ya kuwasha utatuzi wa USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Tafuta tena</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Tafuta tena simu kwenye USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Bado hakuna simu iliyopatikana. Programu ya Google “adb” iko kwenye kompyuta hii lakini haiendeshwi: endesha “adb devices” mara moja katika folda yake, kisha chomeka simu, ifungue, na uwashe utatuzi wa USB. Kisha hardener itaipitia.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Bado hakuna simu iliyopatikana. Ichomeke kwa kebo ya USB, ifungue, na uwashe utatuzi wa USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Simu zilizopatikana kwenye USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Simu ya mazoezi (si simu halisi)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>Simu inaomba msimbo wa kuoanisha (Android 11 na mpya zaidi)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Kwanza andika anwani ya simu, kwa mfano 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Simu ipi ya mazoezi</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, kupitia adb ya Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (kupitia adb ya Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: haijibu (kupitia adb ya Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: kompyuta hii hairuhusu mlango wa USB (kupitia adb ya Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: inasubiri “Ruhusu” kwenye simu (kupitia adb ya Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (kupitia adb ya Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>Jambo %n unaloweza kufanya wewe tu kwenye simu. Lifanye, kisha ubonyeze “Nimelifanya”: simu itakaguliwa tena.</numerusform>
    <numerusform>Mambo %n unayoweza kufanya wewe tu kwenye simu. Fanya kila moja, kisha ubonyeze “Nimelifanya”: simu itakaguliwa tena.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Rudi</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Maliza</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>Hakuna kilichobaki cha kufanya kwenye simu katika kile kilichoweza kukaguliwa.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Bado ya kufanya kwenye simu</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Zima utatuzi wa USB na umalize</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>Badiliko %n haliwezi kutenduliwa (kwa mfano, historia ya programu iliyofutwa).</numerusform>
    <numerusform>Mabadiliko %n hayawezi kutenduliwa (kwa mfano, historia ya programu iliyofutwa).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n halikuweza kurudishwa: ona sababu hapa chini.</numerusform>
    <numerusform>%n hayakuweza kurudishwa: ona sababu hapa chini.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>Thamani %n imerudi kama ilivyokuwa.</numerusform>
    <numerusform>Thamani %n zimerudi kama zilivyokuwa.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Msimbo wa kutendua una herufi na tarakimu 12, kama 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Rudi</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Ghairi</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Badiliko</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Mabadiliko yaliyo kwenye rekodi ya kutendua</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Kagua simu tena</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Kagua simu; usibadilishe chochote</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Futa rekodi</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Maliza</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Maliza au tendua mabadiliko ya mwisho</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Endelea bila hiyo</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>Ilitengenezwa katika ziara ya awali na imefungwa kwa msimbo wa kutendua. Andika msimbo ili uone na utendue mabadiliko hayo. Bila msimbo, unaweza kufuta rekodi: mabadiliko ya awali yatabaki, na hayawezi kutenduliwa tena.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Baki na mabadiliko</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Acha simu ikiwa imechomekwa.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Yabakize na uendelee</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Fungua rekodi</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Yametenduliwa kwa sehemu</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Rudisha thamani za awali</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Inarudisha thamani za zamani…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Hali</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Acha kutendua (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Zima utatuzi wa USB na umalize</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>Mabadiliko ya awali yanabaki; hayawezi kutenduliwa tena</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>Mabadiliko ya mwisho hayakukamilika</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>Rekodi haikuweza kufutwa: bado iko kwenye simu. Jaribu tena.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Msimbo huu haufungui rekodi. Kagua kila herufi na tarakimu, kisha ujaribu tena.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>Simu hii ina rekodi ya kutendua</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Ili kubadilisha simu hii, kwanza fungua rekodi ya awali kwa msimbo wake, au uifute. Kuiandikia juu kungepoteza njia ya kurudi.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Msimbo wa kutendua:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Yatendue</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>Ungependa kutendua mabadiliko haya?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Limetenduliwa</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Kwa nini</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener ilibadilisha simu hii awali na ikaweka rekodi ya kutendua ndani yake. Badiliko %n linaweza kutenduliwa.</numerusform>
    <numerusform>hardener ilibadilisha simu hii awali na ikaweka rekodi ya kutendua ndani yake. Mabadiliko %n yanaweza kutenduliwa.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener inarudisha thamani ambazo simu ilikuwa nazo awali. Badiliko %n linaweza kutenduliwa.</numerusform>
    <numerusform>hardener inarudisha thamani ambazo simu ilikuwa nazo awali. Mabadiliko %n yanaweza kutenduliwa.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener ilikuwa ikibadilisha simu hii ilipokatizwa (labda kebo ilichomolewa). Iliandika kila thamani ambayo huenda iliibadilisha. Badiliko %n linaweza kutenduliwa.</numerusform>
    <numerusform>hardener ilikuwa ikibadilisha simu hii ilipokatizwa (labda kebo ilichomolewa). Iliandika kila thamani ambayo huenda iliibadilisha. Mabadiliko %n yanaweza kutenduliwa.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Tafuta “Nambari ya muundo” (wakati mwingine iko ndani ya “Maelezo ya programu” au “Toleo”) na uiguse mara 7, haraka. Unaweza pia kuandika “Nambari ya muundo” kwenye kisanduku cha kutafuta juu ya Mipangilio.</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Rudi kwenye Mipangilio na utafute “Chaguo za wasanidi programu”. Mara nyingi ziko chini ya “Mfumo”. Unaweza pia kuandika “wasanidi” kwenye kisanduku cha kutafuta juu ya Mipangilio.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Rudi kwenye Mipangilio. Gusa “Mipangilio ya ziada” (au “Mipangilio ya mfumo”), kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Rudi kwenye Mipangilio. Gusa “Mipangilio ya ziada”, kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Rudi kwenye Mipangilio. Gusa “Mfumo na masasisho”, kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Rudi kwenye Mipangilio. Gusa “Mfumo”, kisha “Chaguo za wasanidi programu”.</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Rudi kwenye skrini ya kwanza ya Mipangilio. Sasa “Chaguo za wasanidi programu” ziko chini kabisa. Ziguse.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Ukiona pia “Utatuzi wa USB (Mipangilio ya usalama)”, uwashe pia. Bila huo, hardener inaweza kukagua simu lakini haiwezi kubadilisha baadhi ya mipangilio. Huenda simu ikakuomba uingie katika akaunti ya Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Ukiona “Ruhusu utatuzi wa ADB katika hali ya kuchaji pekee”, uwashe pia.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Fungua Mipangilio. Sogeza hadi chini kabisa na uguse “Kuhusu simu”.</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Chomeka simu kwenye kompyuta hii kwa kebo ya USB. Fungua simu. Simu ikiuliza muunganisho wa USB ni wa nini, chagua “Kuhamisha faili”.</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Washa “Utatuzi wa USB”. Simu itauliza kama una uhakika: gusa “Sawa”.</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Gusa “Nambari ya muundo” mara 7, haraka. Simu ikiuliza, weka PIN yako. Kisha simu itasema kwamba sasa wewe ni msanidi programu.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Gusa “Toleo la MIUI” mara 7, haraka (kwenye simu mpya zaidi huitwa “Toleo la OS”). Simu ikiuliza, weka PIN yako.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Gusa “Maelezo ya programu”.</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Gusa “Toleo”. Kisha gusa “Nambari ya muundo” mara 7, haraka. Simu ikiuliza, weka PIN yako.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>Simu inauliza “Ungependa kuruhusu utatuzi wa USB?”. Gusa “Ruhusu”. Usiweke alama kwenye “Ruhusu kila wakati” isipokuwa hii ni kompyuta yako mwenyewe.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Rudi</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Chagua aina ya simu. Kisha fanya hatua kwenye simu, moja baada ya nyingine.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Jinsi ya kuwasha utatuzi wa USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Aina ya simu</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Simu nyingine</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>Ghairi</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>Unganisha na simu tena</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Inaunganisha na simu…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>Usiweke alama kwenye “Ruhusu kila wakati kutoka kwenye kompyuta hii” isipokuwa hii ni kompyuta yako mwenyewe. Usipoona swali, chomoa kebo na uichomeke tena.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Acha kuunganisha (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Gusa “Ruhusu” kwenye simu</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>Uligusa “Kataa” kwa makosa? Chomoa simu, ichomeke tena, kisha ujaribu tena.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>Simu ya mazoezi inauliza “Ungependa kuruhusu utatuzi wa USB?”. Jibu kwenye skrini ya simu ya mazoezi.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Hii huchukua sekunde chache.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Jaribu tena</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Fungua simu. Inauliza “Ungependa kuruhusu utatuzi wa USB?”. Gusa “Ruhusu”.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Inasubiri</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (Hapa: ukishauwasha, endesha tena 'hardener apply' ileile.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (Au uiache ikiendelea na uitumie: amri ileile pamoja na --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Ni kwa msimbo huu tu ndipo mabadiliko haya yanaweza kutenduliwa baadaye, kutoka kwenye kompyuta yoyote: hardener undo --undo-code CODE.
  'hardener finish' hufuta rekodi ya kutendua kwenye simu isipokuwa uongeze --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>“Zima muda wa kuisha kwa idhini ya adb” umewashwa katika Chaguo za wasanidi programu: kompyuta iliyoruhusiwa mara moja hubaki na idhini hata isipotumika kwa miezi. Uzime, na ubatilishe idhini hizo hardener ikimaliza.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>“Sawazisha data kiotomatiki” umewashwa: anwani, kalenda na mengineyo hunakiliwa kwenye akaunti wakati wote. Nakala hiyo inaweza kusomwa bila simu na mtu yeyote mwenye nenosiri, au kampuni ikaikabidhi kwa polisi.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>“{address}” si anwani ya mtandao ambayo hardener inaweza kutumia. Iandike kama simu inavyoonyesha chini ya Utatuzi usiotumia waya: nambari na mlango, kwa mfano 192.168.1.20:5555 (mlango ni nambari kati ya 1 na 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>“{code}” si msimbo wa kuoanisha. Msimbo ni tarakimu sita ambazo simu inaonyesha chini ya “Msimbo wa kuoanisha wa Wi-Fi”.</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>Programu %n</numerusform>
    <numerusform>Programu %n</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>Badiliko %n linaweza kutenduliwa.</numerusform>
    <numerusform>Mabadiliko %n yanaweza kutenduliwa.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>Kipengee %n cha rekodi kimeharibika na kitaachwa kama kilivyo.</numerusform>
    <numerusform>Vipengee %n vya rekodi vimeharibika na vitaachwa kama vilivyo.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>Umri wa mwezi %n</numerusform>
    <numerusform>Umri wa miezi %n</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>Jambo %n la kuangalia.</numerusform>
    <numerusform>Mambo %n ya kuangalia.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>'{title}' ({what}) HALIWEZI kutenduliwa. Ungependa kulifanya?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(HALIWEZI kutenduliwa)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(Hakuna kilichobadilishwa.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(haliwezi kutenduliwa: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(haijawekwa)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>Dakika 1</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>Dakika 10</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>Sekunde 15</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>Dakika 2</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>Dakika 30</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>Sekunde 30</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>Dakika 5</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>Sekunde 5</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>Programu ya “mmiliki wa kifaa” inadhibiti karibu kila kitu kwenye simu hii na inaweza kuona mengi. Hilo ni la kawaida tu kwenye simu ya kazi kutoka kwa mwajiri. Ikiwa hii ni simu yako mwenyewe, tafuta msaada.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>PIN pekee, hakuna kinachosomeka kwenye skrini iliyofungwa, historia ya tafsiri imefutwa, na simu imezimwa mpakani.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Sehemu ya Faragha huficha programu, lakini hubaki wazi kwa muda baada ya simu kufungwa. Iweke ijifunge kila simu inapofungwa.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Simu iliyoharibika au yenye nia mbaya (Android 12L): majina ya vifurushi, majina ya akaunti, mipangilio na sifa zinazojaribu shell injection, mistari mipya, baiti NUL, alama za kulia-kwenda-kushoto, thamani ndefu sana, na mistari ya takataka katika kila dump.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>Programu ya kutambua anayepiga simu</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>Cheti kiliongezwa kwenye vile ambavyo simu inaamini. Kwa cheti hicho, kompyuta nyingine inaweza kusoma mawasiliano ya intaneti ambayo programu hulinda. Kama hukukiongeza wewe, weka kumbukumbu na utafute msaada kabla ya kukiondoa.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>Ukaguzi mmoja haukuweza kukamilika</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Nakala iliyohifadhiwa kwenye wingu inaweza kusomwa bila simu, na mtu yeyote mwenye nenosiri la akaunti.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>Programu ya hifadhi ya wingu</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Kompyuta isiyotumika kwa muda lazima iruhusiwe tena.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Kompyuta iliyooanishwa na simu hii inaweza kuidhibiti kupitia Wi-Fi, bila kebo. Kama umeuwasha kwa ziara hii, uzime hardener ikimaliza; kama sivyo, huenda mtu mwingine anautumia.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>Nakala iko kwenye simu: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>Nakala ya unachotafsiri inaweza kubaki katika akaunti yako ya Google.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>Programu ya kutafuta wapenzi</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>Programu ya msimamizi wa kifaa inaweza kufunga au kufuta kila kitu kwenye simu, na ni vigumu kuiondoa.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Uso au kidole vinaweza kutumiwa kufungua simu bila ridhaa yako.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>Kidole au uso vinaweza kulazimishwa mpakani; PIN iliyo kichwani mwako haiwezi.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>Kidole au uso vinaweza kulazimishwa. Kabla ya wakati wa hatari, viondoe katika Mipangilio, kisha Usalama, au tumia “Funga sasa” kwenye menyu ya kuzima simu.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>Kidole au uso vinaweza kulazimishwa: mtu anaweza kuishika simu mbele ya uso wako au kubonyeza kidole chako juu yake. PIN hubaki kichwani mwako. Kabla ya wakati wa hatari tumia “Funga sasa”, au ondoa alama za vidole na uso.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>Kidole au uso vinaweza kulazimishwa; PIN iliyo kichwani mwako haiwezi. Simu iliyozimwa ndiyo ngumu zaidi kusomwa.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Kibodi huona kila kitu unachoandika, hata manenosiri. Hii haikuja na simu. Ikiwa uliichagua wewe, hakikisha unamwamini aliyeitengeneza.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Kibodi huona kila kitu unachoandika, hata manenosiri. Hii ilisakinishwa kutoka nje ya duka la programu. Ikiwa hukuichagua wewe, huenda mtu anasoma unachoandika. Usiiondoe bado: ikiwa inapeleleza, kuiondoa kunaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>Programu ya kutuma ujumbe</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>Programu ya ufuatiliaji</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>Programu ya ufuatiliaji imepatikana: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Nambari inayotumika kwa kazi na kwa maisha binafsi huunganisha mambo hayo mawili kwa yeyote anayeangalia.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>Alama ya kidole au saa ya mpenzi wako inaweza kuwekwa ili kufungua simu yako.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Mchoro ni rahisi kukisia, rahisi kuonekana na mtu aliye nyuma yako, na mara nyingi huacha alama kwenye skrini. PIN yenye nambari 6 au zaidi, au nenosiri, ni salama zaidi.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Simu iliyonyakuliwa mara tu baada ya skrini kuzima huenda bado ikafunguka bila PIN.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>Mpangilio wa simu</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Simu ikichukuliwa ikiwa bado haijafungwa hutoa kila kitu.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Simu ikichukuliwa skrini ikiwa bado imewaka iko wazi: hakuna kinachohitaji kukisiwa. Sekunde 30 ni salama zaidi.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Simu iliyozimwa na kufungwa kwa PIN ndiyo ngumu zaidi kufunguliwa.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Simu inayofunguka bila PIN huwapa polisi kila mazungumzo na kila mteja.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Simu inayofunguka bila PIN humpa polisi au mtu anayekutishia kila kitu kilichomo.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Simu ambayo skrini yake haizimi ikiwa kwenye chaja hubaki wazi kwa yeyote.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Simu iliyozimwa na haijafunguliwa tangu hapo ndiyo ngumu zaidi kusomwa. Ukitarajia polisi, mpaka au msako, izime.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Simu yenye programu karibu 600 (Pixel 6a, Android 13): michezo mingi, maduka na zana; hupima kwamba gharama ya ukaguzi haiongezeki kadri idadi ya programu inavyoongezeka.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>Picha iliyowekwa kwenye tangazo inaweza kubeba mahali ilipopigwa.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Kivinjari cha faragha hakihifadhi historia na huzuia vifuatiliaji; Tor Browser pia huficha mahali ulipo. Sakinisha kimoja, kisha fungua Mipangilio, kisha Programu, kisha Programu chaguomsingi, kisha Programu ya kivinjari.</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Mtoa huduma uliyemchagua</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Seva mbadala (proxy) imewekwa kwa simu nzima: kompyuta nyingine inaweza kuona, na kubadilisha, kile simu inachotuma na kupokea. Kama hukuiweka wewe, huenda mtu anafuatilia matumizi yako ya intaneti.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>Kumbukumbu husaidia huduma ya msaada, na baadaye malalamiko, ukiamua kuyatoa.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Mbinu ya kufunga skrini imewekwa</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Wasifu wa pili hutenganisha programu, lakini uko kwenye simu ileile: yeyote anayefungua simu anaweza kuufungua pia, na wasifu wa kazini huendeshwa na yeyote anayeusimamia. Jua kilichomo katika kila mmoja.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>Programu ya usalama imezimwa: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>Utambulisho tofauti wa kazi</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>Mpangilio mmoja kwenye simu hii unahitaji kuangaliwa</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>Mpangilio ulibadilishwa</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>Shirika la wafanyabiashara ya ngono, huduma ya kupambana na ukatili wa nyumbani au simu ya msaada wa usalama wa kidijitali inaweza kukusaidia kukagua simu na kuamua la kufanya. Endelea kutumia simu kama kawaida hadi uwe na mpango.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>Programu ya mitandao ya kijamii</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>Programu ya upelelezi</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>Programu ya upelelezi humwonyesha mtu mwingine jumbe zako, simu zako na mahali ulipo.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>Programu ya upelelezi imepatikana: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>Programu ya kutafsiri</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Wasifu wa kazini unasimamiwa na {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>Ruhusa ya ufikivu huiwezesha programu kusoma kila kitu kwenye skrini, kuona unachoandika, na kugusa kwa niaba yako. Programu za upelelezi huitumia. Iache tu kwa programu ulizochagua, kama kisoma skrini.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Programu za ufikivu: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Akaunti</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>Akaunti hunakili data kutoka kwenye simu kiotomatiki</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Akaunti kwenye simu hii: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Akaunti: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>Ulinzi wa Hali ya Juu (Advanced Protection) ulikuja na Android 16. Kwenye simu hii, PIN imara, “Funga sasa” na kuzima simu ndivyo vinavyosaidia zaidi.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>Ulinzi wa Hali ya Juu umezimwa</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>Ulinzi wa Hali ya Juu umewashwa</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Ulinzi wa Hali ya Juu: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Programu za matangazo na za kutafuta wapenzi wakati polisi wanatafuta</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>Baada ya dakika 5</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>Baada ya kuzima na kuwasha upya</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>Baada ya skrini kuzima, yeyote anayeichukua simu katika muda huo anaweza kuifungua bila PIN yako. Ifunge papo hapo, au baada ya sekunde zisizozidi 5.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Tayari iko sawa</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Tayari imewekwa kwa usalama, na imeachwa kama ilivyokuwa: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>Programu</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>Programu (jina halikusomwa)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>Programu iliyoruhusiwa kurekodi skrini bila kuuliza inaweza kunakili maonyesho yako na mazungumzo yako.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Duka la programu</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>Programu inayoonekana juu ya programu nyingine inaweza kuonyesha skrini bandia ili kuiba PIN yako.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>Programu inayosoma arifa huona mwanzo wa kila ujumbe.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>Programu inayosoma anwani zako inaweza kuunganisha wasifu wako wa kazi na watu unaowajua.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>Programu yenye ruhusa ya ufikivu inaweza kusoma skrini yako na kutenda kana kwamba ni wewe.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>Programu yenye kamera au maikrofoni inaweza kukurekodi wewe na maonyesho yako.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>Mahali kamili huonyesha unapoishi na kufanya kazi; mahali pa takriban panatosha kukutana na watu walio karibu.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Afisa aliyeshika simu iliyofungwa anaweza kusoma jumbe zinazoonekana kwenye skrini yake.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Simu ya kazi ya uhamasishaji yenye data za utafiti au za wateja</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Msimbo wa kutendua una herufi na tarakimu 12, kama 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 inaweza kuzuia programu kutoka nje ya duka, mitandao ya zamani ya 2G na miunganisho mipya ya USB wakati simu imefungwa. Inafanya simu iliyochukuliwa iwe vigumu zaidi kusomwa, pamoja na vikwazo kadhaa kwa programu.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>Hifadhi nakala ya Android hunakili data na mipangilio ya programu, na kwa Google mara nyingi jumbe za maandishi na rekodi ya simu zilizopigwa, kwenye akaunti yako. Yeyote mwenye nenosiri, au kampuni polisi wakiomba, anaweza kuzisoma bila simu.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>Hifadhi nakala ya Android imezimwa</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Hifadhi nakala ya Android kwenye wingu</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android inaendesha programu hii kama huduma ya ufikivu, inayoiwezesha kusoma kila kitu kwenye skrini, lakini haimo kwenye orodha ya programu za ufikivu katika Mipangilio. Usiiondoe bado: ikiwa inapeleleza, kuiondoa kunaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Programu nyingine kwenye kompyuta hii (seva ya Google ya “adb”, mchakato {pid}) inatumia simu. hardener inaweza kupitia programu hiyo: huenda simu ikauliza tena “Ungependa kuruhusu utatuzi wa USB?”, kwa ajili ya programu hiyo. Au hardener inaweza kuisimamisha ukikubali, au unaweza kufunga programu hiyo mwenyewe.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>Kipindi kingine kinabadilisha simu hii sasa hivi. Subiri hadi kimalize, kisha ujaribu tena. (Ikiwa hakuna kipindi kingine kinachoendelea, jaribu tena baada ya dakika {minutes}.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Yeyote aliyeshika simu iliyofungwa anaweza kusoma jumbe zinazoonekana kwenye skrini yake.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>Yeyote anayeichukua simu hii anaweza kuifungua na kusoma kila kitu: jumbe, picha, anwani na historia ya tafsiri. Weka PIN yenye nambari 6 au zaidi, au nenosiri.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Ruhusa za programu: hazikuweza kusomwa</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Ungependa kutekeleza badiliko %n?</numerusform>
    <numerusform>Ungependa kutekeleza mabadiliko %n?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Programu na ruhusa</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Programu kama hizi hupakia anwani zako na kuzitumia kupendekeza “watu unaoweza kuwafahamu”. Wateja, wenzako kazini au familia wanaweza kisha kuonyeshwa wasifu wako, au wewe ukaonyeshwa wao. Hilo linaweza kukufichua.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Programu zinazojifanya kuwa Android: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Programu zinazofanya kazi kama programu za upelelezi: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Programu zinazoweza kusakinisha programu: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Programu zinazoonekana juu ya programu nyingine: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Programu zinazosoma anwani zako zinaweza kuonyesha wasifu wako kwa wateja au familia.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Programu zisizo na aikoni: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Programu ulizoziruhusu zinaweza kujua mahali ulipo. Zima Mahali unapoenda kazini au mahali ambapo wengine hawapaswi kujua, na uwashe tena unapohitaji ramani.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Programu: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Iombe kampuni yako ya simu izuie SIM kadi na ikupe mpya. Kwa kawaida unaweza kubaki na nambari yako.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Chukulia kwamba kila kitu kilichomo kilinakiliwa</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>Mpakani: zima simu</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>Mwishoni, acha hardener imalize kipindi, au fungua Mipangilio, kisha Mfumo, kisha Chaguo za wasanidi programu, na uzime swichi ya juu.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>Mwishoni: batilisha idhini za utatuzi wa USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>Mwishoni: zima utatuzi usiotumia waya</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Kiotomatiki</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>Kusawazisha kiotomatiki hakuna akaunti ya kunakilia data</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>Kusawazisha kiotomatiki kumezimwa</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Kusawazisha kiotomatiki: hakukuweza kusomwa</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Hifadhi nakala: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Kabla ya uwezekano wa kukamatwa au msako</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Kabla ya upekuzi: zima simu, au ifunge kabisa</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Kabla hujabadilisha chochote, hifadhi ushahidi: piga picha za skrini hii kwa simu nyingine, au hifadhi ripoti hii kwenye kifaa unachotumia wewe peke yako. Inaweza kusaidia baadaye kwa shirika la msaada au kwa wakili, chochote utakachoamua.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Simu ya kupima: Pixel 6a yenye Android 13 na programu karibu 1000.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Simu ya kupima: Pixel 6a yenye Android 13 na programu karibu 300.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Simu ya kupima: Pixel 6a yenye Android 13 na programu karibu 50.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>Mbali na kompyuta hii, simu inaamini kompyuta nyingine kwa utatuzi wa USB (idadi: {others}). Yeyote aliye na mojawapo anaweza kuchomeka simu ikiwa imefunguliwa na kunakili faili, kusakinisha programu au kutazama skrini. Batilisha idhini hizo hardener ikimaliza.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Kutafuta vifaa vya Bluetooth hata Bluetooth ikiwa imezimwa</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Maafisa wa mpakani wanaweza kupekua simu inayofunguka bila PIN.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Piga simu au andika kuomba msaada kutoka kwenye simu au kompyuta ambayo mpelelezi hajawahi kuigusa. Simu inayopelelezwa inaweza kumwonyesha uliowasiliana nao.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Kamera, maikrofoni, kurekodi skrini na ufikivu: kwa programu unazochagua wewe tu.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Vyeti vilivyoongezwa kwenye simu: havikuweza kusomwa</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Badilisha manenosiri yako</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Chaji simu ijae kabisa na uiache imechomekwa. Fungua Mipangilio, kisha Usalama, kisha Simba simu kwa njia fiche. Inaweza kuchukua saa moja. Weka PIN au nenosiri kwanza.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Mazungumzo na picha zilizohifadhiwa nakala kwenye wingu zinaweza kusomwa bila simu.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Kagua hifadhi nakala ya Google Photos</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Kagua Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Kagua hifadhi nakala za WhatsApp na za picha</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Kagua hifadhi nakala ya mazungumzo ya WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Kagua Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Kagua programu kutoka nje ya duka la programu</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Kagua programu ambazo hazikutoka kwenye duka la programu</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Kagua programu zinazoonekana juu ya programu nyingine</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Kagua programu zenye ruhusa ya kufikia matumizi</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Kagua programu za msimamizi wa kifaa</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Kagua kufungua kwa alama ya kidole na kwa uso</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Kagua alama za vidole, uso na Smart Lock wakati ni salama</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Kagua tu</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Kagua tu, kisha zungumza na mtu unayemwamini</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Hakikisha kwamba programu hii inahitaji hizi. Unaweza kuondoa yoyote kati yake; programu itauliza tena ikiihitaji kweli.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Kagua akaunti</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Kagua kinachohifadhiwa nakala</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Kagua kile programu hii inachopakia</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Kagua kile programu zako zinachohifadhi nakala kwenye wingu</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Kagua ni programu zipi zinaweza kurekodi skrini yako</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Kagua ni kivinjari kipi kinafungua viungo vyako, na uchague kimoja kinachohifadhi machache kukuhusu.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Kagua ni kibodi ipi unayotumia</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Kagua ni nani anaweza kukupata kupitia nambari yako</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Kagua ni alama ya kidole, uso au kifaa kinachoaminika cha nani kinachofungua simu</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Kagua programu zako chaguomsingi</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Chagua kivinjari kinachohifadhi machache kukuhusu</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Chagua kinachosawazishwa kwenye wingu</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Chagua kile ambacho akaunti hii inanakili</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Futa historia ndani ya programu ya kutafsiri</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Futa historia ndani ya programu</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Futa historia ya tafsiri</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Futa historia ya tafsiri kabla ya kusafiri</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Akaunti za wingu, kusawazisha na kuhifadhi nakala</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Programu za wingu: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Kompyuta zilizoruhusiwa kwa utatuzi wa USB hubaki zimeruhusiwa milele</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Kompyuta zinazoaminiwa kwa utatuzi wa USB: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Kompyuta zinazoaminiwa kwa utatuzi wa USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Unganisha kwa: {command}   (Ctrl-C huisimamisha)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Anwani na picha zilizo kwenye wingu zinaweza kusomwa bila simu.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>Haikuweza kukaguliwa</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>Hazikuweza kukaguliwa ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Imeshindwa kukagua</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>Kibeba funguo (keyring) hakikufikiwa, kwa hiyo ufunguo (ikiwa upo) haukuondolewa: {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Kuvuka mpaka au kusafiri</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Programu za kutafuta wapenzi na za matangazo zimezuiwa kufikia anwani zako na mahali ulipo hasa, nambari tofauti, na jumbe hazionekani kwenye skrini iliyofungwa.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Programu za kutafuta wapenzi na mahali: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Shughulikia programu za upelelezi tu baada ya kuwa na mpango wa usalama</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Shughulikia programu za upelelezi kwa usalama</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Programu chaguomsingi za SMS na simu: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Kivinjari chaguomsingi: hakikuweza kusomwa</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Futa historia ya Google Tafsiri katika akaunti yako ya Google</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Futa vifungu vya maneno vilivyohifadhiwa</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Futa historia ya tafsiri katika akaunti yako ya Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Futa historia ya tafsiri iliyohifadhiwa katika akaunti yako ya Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Futa historia ya tafsiri iliyohifadhiwa katika akaunti yako</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Chaguo za wasanidi programu</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Programu za msimamizi wa kifaa: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Haki za msimamizi wa kifaa huiwezesha programu kufunga simu, kufuta kila kitu ndani yake, au kukuzuia usiiondoe. Ziache tu kwa programu unazozijua, kama Tafuta Kifaa Changu au programu ya kazini.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>Je, unaijua programu hii?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>Je, unajua kwa nini programu hii iko hapa?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Imekamilika: {changed} yamebadilishwa, {already} tayari yako sawa, {not_applied} hayakutekelezwa, {skipped} yamerukwa, {failed} yameshindikana (mizunguko {round_trips} ya mawasiliano).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Kila akaunti iliyoingiwa kwenye simu hufichua barua pepe, picha na mazungumzo yake wakati wa upekuzi.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>Kila mara programu inapoomba kurekodi au kutuma skrini yako, soma ni programu ipi. Ukiweka alama kwenye “Usionyeshe tena” utaiwezesha kurekodi baadaye bila kuuliza.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Simba simu kwa njia fiche</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Usimbaji fiche:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Usimbaji fiche: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>Ungependa kufuta rekodi ya kutendua kwenye simu? Baada ya hapo mabadiliko hayataweza kutenduliwa.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Hata Wi-Fi na Bluetooth zikiwa zimezimwa, simu hutafuta mitandao na vifaa vilivyo karibu. Hilo huziambia programu na Google mahali ulipo, hata ndani ya jengo. Watu wachache wanahitaji hili.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Kila huduma ya ufikivu ambayo Android inaendesha imo kwenye orodha katika Mipangilio.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>Kila programu iliyosakinishwa nje ya duka ina aikoni</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Kila programu yenye jina ambalo Android hujiwekea yenyewe ilikuja na simu.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Kila programu uliyosakinisha ilitoka kwenye duka la programu</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>Kila kitu kilichohifadhiwa ndani ya programu kinaondoka pia: lugha ulizopakua za kutumia bila intaneti, vifungu vya maneno vilivyohifadhiwa, mipangilio na kuingia katika akaunti. Unaweza kupakua lugha tena baadaye.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Kila kitu kwenye simu hii kiko mahali pamoja. Ikiwa kazi na maisha binafsi yanaitumia pamoja, yaweke kwenye nambari na akaunti tofauti.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>Kufungua kwa uso kumewekwa</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Kabla ya kusafiri, jua sheria inawaruhusu maafisa kuuliza nini kwenye mpaka huu. Shirika la wafanyabiashara ya ngono au kikundi cha haki za wahamiaji kinaweza kukuambia.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>Kufungua kwa alama ya kidole na kwa uso kumewekwa</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Kufungua kwa alama ya kidole na kwa uso: hakukuweza kusomwa</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>Kufungua kwa alama ya kidole kumewekwa</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Limerekebishwa</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Kwa ziara ya kwanza, au simu ambayo huenda mtu anaipeleleza: angalia kabla ya kubadilisha chochote.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Kwa simu ya timu yenye data za watu wengine: ifunge kwa nguvu na uweke data hizo nje ya wingu.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Kwa yeyote anayevuka mpaka au kusafiri kwa ajili ya kazi, hasa wahamiaji ambao hali yao ya uhamiaji inaweza kuhojiwa.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Kwa yeyote anayeweza kukamatwa, kuvamiwa au kupekuliwa na polisi, na simu kuchukuliwa.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Kwa yeyote anayefanya maonyesho ya kamera ya wavuti au kutengeneza maudhui kwenye simu hii.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Kwa yeyote anayepata wateja kwenye programu za kutafuta wapenzi, mitandao ya kijamii au tovuti za matangazo ambako polisi pia huangalia.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Kwa yeyote anayeweka biashara ya ngono mbali na familia, marafiki na kazi ya mchana.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Kwa yeyote ambaye mpenzi, mpenzi wa zamani au mteja wake anaweza kuwa anasoma simu yake, au anatumia kilichomo dhidi yake.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Kwa wahamiaji na yeyote anayezungumza na wateja au maafisa kupitia programu ya kutafsiri.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Kwa wahudumu wa uhamasishaji na mashirika ambayo simu zao zina data za watu wengine.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Kwa mtu anayetumia programu za kutafsiri kila siku: weka historia yake fupi na mbali na wingu.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Imepatikana: tatizo %n la kurekebisha.</numerusform>
    <numerusform>Imepatikana: matatizo %n ya kurekebisha.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>Kutoka kwenye simu au kompyuta nyingine, badilisha manenosiri ya akaunti zako za barua pepe, za kutuma ujumbe, za mitandao ya kijamii na za wingu.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Pata msaada kutoka kwa watu wanaojua</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Zipe programu za kutafuta wapenzi mahali pa takriban tu</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Pitia matokeo</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Ni vizuri kujua</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Vizuri. PIN yenye nambari 6 au zaidi, au nenosiri, hulinda simu vizuri zaidi. PIN fupi kama 1234 au tarehe ya kuzaliwa ni rahisi kukisia: ibadilishe ikiwa yako ni kama hiyo.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Vizuri. Kompyuta haiwezi kudhibiti simu hii kupitia kebo yake.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Vizuri. Simu ikinyakuliwa mara tu baada ya skrini kuzima tayari inahitaji PIN yako.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Vizuri. Android husimba kwa njia fiche majina ya tovuti unazotumia popote mtandao unaporuhusu.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Vizuri. Sasa programu haziwezi kujua mahali ulipo kupitia huduma ya Mahali ya simu.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Vizuri. Ukiwa mbali na maeneo yanayoaminika, mtu aliyejua PIN yako bado hawezi kuibadilisha au kuzima kinga bila alama ya kidole au uso wako.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Vizuri. Google Play hukagua programu kwenye simu hii kutafuta programu hatari zinazojulikana.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Vizuri. Bonyeza na ushikilie kitufe cha kuwasha/kuzima na uguse “Funga sasa” wakati simu inaweza kuchukuliwa.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Vizuri. Hakuna huduma ya ufikivu iliyowashwa.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Vizuri. Hakuna programu inayoweza kufunga simu au kufuta kila kitu ndani yake, au kukuzuia usiiondoe.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Vizuri. Hakuna programu iliyopewa ruhusa ya kufikia arifa zako zote.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Vizuri. Hakuna programu kwenye simu hii iliyosakinishwa kutoka kwenye faili au na programu nyingine.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Vizuri. Hakuna programu uliyosakinisha inayoweza kutumia mahali, maikrofoni, kamera, jumbe, simu au anwani.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Vizuri. Hakuna programu uliyosakinisha yenye ruhusa hii.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Vizuri. Hakuna programu ya kutafuta wapenzi kwenye simu hii inayojua mahali ulipo hasa.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Vizuri. Hakuna programu nyingine kwenye simu hii inayoruhusiwa kuweka programu mpya ndani yake.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Vizuri. Hakuna kinachotoka kwenye simu nje ya VPN, hata inapounganisha upya.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Vizuri. PIN au nenosiri lako pekee ndilo linalofungua simu, na hakuna anayeweza kulazimisha kidole au uso juu yake.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Vizuri. Picha zinazopigwa kwa kamera ya simu hazibebi mahali ulipo.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Vizuri. Mtu aliyeshika simu iliyofungwa hawezi kusoma jumbe zako.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Vizuri. Majina ya tovuti na programu unazotumia husimbwa kwa njia fiche kwenye kila mtandao.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Vizuri. Simu haibaki wazi yenyewe katika maeneo fulani au karibu na vifaa fulani.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Vizuri. Simu ina marekebisho ya usalama ya kipindi hiki, jambo linalofanya iwe vigumu zaidi kuivunja.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Vizuri. Simu hujifunga yenyewe hata ikiwa imechomekwa kwenye chaji.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Vizuri. Simu hujifunga yenyewe mapema unapoiweka chini.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Vizuri. Simu hukataa programu kutoka nje ya duka, mitandao ya zamani na miunganisho mipya ya USB ikiwa imefungwa.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Vizuri. Programu za mitandao ya kijamii, za kutafuta wapenzi na za kutambua anayepiga simu kwenye simu hii haziwezi kusoma orodha yako ya anwani.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Vizuri. Hivi hubaki kwenye simu.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Vizuri. Kivinjari hiki huhifadhi machache kuhusu unachotazama.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Vizuri. Simu ikiwa imefungwa au imezimwa, kilichomo hakiwezi kusomwa bila PIN au nenosiri lako. Usimbaji fiche una nguvu sawa tu na PIN au nenosiri hilo.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Vizuri. Wi-Fi na Bluetooth zikiwa zimezimwa, simu haiendelei kutafuta maeneo yaliyo karibu.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 yenye Android 14, iliyowekwa kwa uangalifu: kufunga kwa PIN, maudhui ya arifa yamefichwa kwenye skrini iliyofungwa, akaunti moja ya Google, hifadhi nakala imewashwa. Mambo machache yamepatikana.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 yenye Android 15 na wasifu wa kazini (mtumiaji 10) unaosimamiwa na mwajiri; kufunga kwa PIN, kufungua kwa uso, Smart Lock imewashwa.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>Google Tafsiri haipo kwenye simu hii</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>Huenda ulinzi wa Google dhidi ya wizi bado unapatikana kwenye simu hii. hardener haiwezi kuona kama umewashwa: ukague katika Mipangilio.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Imefichwa</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Ficha jumbe kwenye skrini iliyofungwa</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Ficha kile jumbe zinachosema kwenye skrini iliyofungwa</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Bonyeza na ushikilie kitufe cha kuwasha/kuzima (kwenye baadhi ya simu: kitufe cha kuwasha/kuzima na cha kuongeza sauti pamoja), kisha uguse “Funga sasa”. Kisha simu itahitaji PIN yako: alama ya kidole, uso na Smart Lock zitaacha kufanya kazi hadi uiweke. Kwenye simu zisizo na “Funga sasa”, zima simu badala yake.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Bonyeza na ushikilie kitufe cha kuwasha/kuzima, kisha uguse “Funga sasa”. Kisha simu itahitaji PIN yako: alama ya kidole, uso na Smart Lock zitaacha kufanya kazi hadi uiweke.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Jinsi ya kutendua</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>Ukaguzi wa Utambulisho umewashwa</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>Ukaguzi wa Utambulisho haukuonekana ukiwa umewashwa</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Ukaguzi wa Utambulisho: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Ikiwa simu inaweza kuchukuliwa au kupekuliwa hivi karibuni</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Ikiwa simu imechukuliwa au imepotea</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Simu hii ikichukuliwa, data za watu wengine zinafichuka, si zako peke yako.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Ikiwa uliisakinisha wewe, fungua mipangilio yake na uangalie ni nani anaweza kuona mahali ulipo, rekodi zako au skrini yako. Ikiwa hukuisakinisha, weka kumbukumbu na utafute msaada.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Ukitumia Google Tafsiri kwenye wavuti au kwenye kifaa kingine ukiwa umeingia katika akaunti, huenda akaunti yako ya Google bado inahifadhi tafsiri zako.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Papo hapo</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Muhimu</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>Katika Google Tafsiri, fungua Zilizohifadhiwa (nyota) na uondoe vifungu vya maneno usivyotaka vihifadhiwe: vimehifadhiwa katika akaunti yako.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>Katika LINE, tumia Letter Sealing na ufute mazungumzo usiyoyahitaji: fungua mazungumzo, kisha menyu, kisha Mipangilio, kisha Futa historia ya mazungumzo.</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>Katika Messenger, fungua mazungumzo, gusa jina, kisha Jumbe zinazotoweka (au Vanish mode).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Katika Signal, fungua Mipangilio, kisha Faragha, kisha Kipima muda chaguomsingi cha mazungumzo mapya, na uchague muda. Kwa mazungumzo uliyo nayo tayari: fungua mazungumzo, gusa jina, kisha Jumbe zinazotoweka.</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>Katika Telegram, fungua Mipangilio, kisha Faragha na Usalama, kisha Futa Jumbe Kiotomatiki, na uchague muda. Mazungumzo ya kawaida pia huhifadhiwa kwenye seva za Telegram: tumia Mazungumzo ya Siri (Secret Chats) na wateja.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>Katika Viber, fungua mazungumzo, gusa jina, kisha Jumbe zinazotoweka, na uchague muda.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Katika WhatsApp Business, fungua Mipangilio, kisha Faragha, kisha Kipima muda chaguomsingi cha ujumbe, na uchague saa 24 au siku 7. Kwa mazungumzo uliyo nayo tayari: fungua mazungumzo, gusa jina, kisha Jumbe zinazotoweka.</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Katika WhatsApp, fungua Mipangilio, kisha Faragha, kisha Kipima muda chaguomsingi cha ujumbe, na uchague saa 24 au siku 7. Kwa mazungumzo uliyo nayo tayari: fungua mazungumzo, gusa jina, kisha Jumbe zinazotoweka.</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>Katika WhatsApp: Mipangilio, Mazungumzo, Hifadhi nakala ya mazungumzo: chagua ‘Kamwe’ au linda nakala hiyo kwa usimbaji fiche wa mwanzo hadi mwisho. Katika Google Photos: picha yako, Mipangilio ya Photos, Hifadhi nakala.</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>Katika mazungumzo ya Instagram, telezesha kidole juu ili uwashe vanish mode. Jumbe ulizokwisha kutuma hubaki: futa zile usizotaka zipatikane.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>Katika mipangilio ya usalama ya kila akaunti, ondoka kwenye akaunti katika vifaa vingine vyote, ili simu iliyochukuliwa ipoteze ufikiaji.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>Katika kila programu inayohifadhi mazungumzo au picha, fungua mipangilio yake na utafute Hifadhi nakala. Ikiwa akaunti inayonakili data ndani yake si salama, zima kuhifadhi nakala au uilinde, na ufute nakala za zamani zilizoko huko.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>Katika kila programu ya kutafuta wapenzi na ya kutuma ujumbe, fungua Faragha na uzime ‘Nipate kwa nambari ya simu’ na kupakia anwani.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>Katika baadhi ya maeneo, kufuta kila kitu kwenye simu ukiwa mbali kunaweza kutumiwa dhidi yako. Pata ushauri kwanza ukiweza.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: tumia vanish mode</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Sakinisha VPN unayoiamini na uingie katika akaunti. Kisha fungua Mipangilio, kisha Mtandao (au Miunganisho), kisha VPN, gusa gia iliyo karibu nayo, na uwashe “VPN iliyowashwa kila mara” na “Zuia miunganisho isiyotumia VPN”.</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Sakinisha masasisho ya usalama</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Weka kumbukumbu kwanza</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Weka kumbukumbu ya kilichopatikana</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Weka kumbukumbu mahali ambapo mpelelezi hawezi kufikia</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Weka vitu vichache kwenye simu</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Tenganisha akaunti za kazi na za binafsi</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Weka kazi na maisha binafsi kwenye nambari tofauti</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Tenganisha anwani na akaunti za kazi na maisha binafsi, ili programu zisiweze kuviunganisha.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Weka picha na anwani za kazi nje ya wingu</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Weka anwani zako mbali na programu za kutafuta wapenzi na za mitandao ya kijamii</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Usiweke mahali ulipo ndani ya picha</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Kibodi: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Jua utakachosema ukiombwa kufungua simu</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Kujua simu inaonyesha nini ni hatua ya kwanza.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: futa mazungumzo ya zamani</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Hatua ya mwisho, kwenye simu: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Acha skrini izime wakati wa kuchaji</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Viungo hufunguka kwenye kivinjari chochote simu inachochagua. Chagua kimoja kinachohifadhi machache kukuhusu.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Mahali</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>Mahali pamezimwa</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>Mahali pamewashwa</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Mahali: hapakuweza kusomwa</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Kufunga baada ya skrini kuzima: hakukuweza kusomwa</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Funga Sehemu ya Faragha pamoja na simu</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Funga simu mara tu skrini inapozima</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Funga simu kabisa sasa</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Funga skrini baada ya sekunde 30 au mapema zaidi</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Kitufe cha “Funga sasa” kwenye menyu ya kuzima simu</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Kitufe cha “Funga sasa”: hakikuweza kusomwa</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>“Funga sasa” ilikuja na Android 9. Kwenye simu hii, izime simu wakati inaweza kuchukuliwa: baada ya kuwashwa upya ni PIN au nenosiri lako pekee linaloifungua.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>“Funga sasa” ni njia ya haraka ya kufanya simu ihitaji PIN yako: huzima alama ya kidole, uso, Smart Lock na jumbe kwenye skrini iliyofungwa. Kwenye simu hii lazima iwashwe.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>“Funga sasa” iko kwenye menyu ya kuzima simu</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>“Funga sasa” haiko kwenye menyu ya kuzima simu</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>“Funga sasa” hufanya simu iombe PIN: kidole au uso haviwezi kuifungua.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>“Funga sasa” hufanya simu iombe PIN yako, na hakuna kinachoonyesha kuwa ipo hadi itumike.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>Huenda “Funga sasa” imefichwa kwenye menyu ya kuzima simu</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>“Funga sasa” inahitaji mbinu ya kufunga skrini</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>“Funga sasa”: PIN pekee ndiyo inafungua simu</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Angalia vyeti vilivyoongezwa kwenye simu</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Angalia simu na ueleze kilichopatikana. Hakuna kinachobadilishwa.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>Angalia kwanza na usibadilishe chochote; shughulikia programu za upelelezi tu baada ya mpango wa usalama; kisha fanya tu mabadiliko ambayo mpelelezi hawezi kugundua.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Angalia kwanza, usibadilishe chochote bado</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Andaa mpango wa usalama kabla ya kuondoa programu ya upelelezi</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Andaa mpango wa usalama kabla ya kuondoa chochote</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Fanya jumbe zitoweke katika kila programu ya kutuma ujumbe</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Fanya simu isahau kompyuta</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Fanya skrini izime mapema zaidi</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Huenda yamebadilishwa: kipindi kilisimama kabla haya hayajakaguliwa</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Maudhui ya jumbe kwenye skrini iliyofungwa</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Jumbe</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>Jumbe zinaweza kusomwa kwenye simu iliyofungwa</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Jumbe kutoka kwa wateja, miadi na misimbo huonekana kwenye skrini iliyofungwa. Yeyote aliyeshika simu (polisi, mpenzi, mteja) anaweza kuzisoma bila PIN yako.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Jumbe kwenye skrini iliyofungwa: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>Jumbe ambazo polisi wangesoma kwanza: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Jumbe, picha, anwani na historia ya programu huenda zilisomwa au kunakiliwa, hata simu ikirudi.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: tumia jumbe zinazotoweka</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Programu za kutuma ujumbe: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Muundo</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Zaidi ya simu moja zimechomekwa ({serials}). Chomoa nyingine, au uchague moja.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision yenye Android 10: kufunga kwa nenosiri, hifadhi nakala imezimwa, kusawazisha kiotomatiki kumezimwa, programu ya zamani ya kutafuta wapenzi, VPN na kibodi iliyosakinishwa kutoka kwenye faili.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>HAIJASIMBWA kwa njia fiche</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Kamwe</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Usiweke kamwe alama kwenye “Usionyeshe tena” programu inapoomba kurekodi skrini</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Kisha unganisha: tumia --connect pamoja na anwani iliyo chini ya “Anwani ya IP na Mlango” kwenye skrini ya “Utatuzi usiotumia waya” ya simu (au endesha 'adb connect HOST:PORT'), kisha utumie --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Hakuna VPN iliyowekwa kubaki imewashwa</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Hakuna huduma ya ufikivu inayoendeshwa kwa siri</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Hakuna akaunti inayonakili anwani, kalenda, picha au jumbe</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Hakuna akaunti inayonakili data kutoka kwenye simu hii kwenda kwenye intaneti.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>Hakuna akaunti kwenye simu hii</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Hakuna programu inayofanya kazi kama programu ya upelelezi</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Hakuna programu inayoweza kuona na kudhibiti skrini yako</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>Hakuna programu kutoka kwenye orodha ya hardener ya programu za wingu za picha, faili na za kuhifadhi nakala za mazungumzo iliyo kwenye simu hii.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Hakuna programu yenye haki za msimamizi wa kifaa</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Hakuna programu iliyosakinishwa kwa mkono inayojificha kwenye orodha ya programu.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Hakuna programu iliyosakinishwa nje ya duka inayojificha kwenye orodha ya programu huku ikisoma skrini, arifa au ikiwa na haki za msimamizi wa kifaa.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>Hakuna programu kwenye simu hii inayofanana na programu ya kutafsiri. Historia ya tafsiri katika kivinjari cha wavuti haikaguliwi.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Hakuna programu inayojifanya kuwa sehemu ya Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Hakuna programu inayosoma arifa zako</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Hakuna programu uliyosakinisha inayoweza kuonekana juu ya programu nyingine</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Hakuna programu uliyosakinisha inayoweza kufikia data za faragha</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Hakuna programu uliyosakinisha inayoweza kuona ni programu zipi unazotumia</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Hakuna programu uliyosakinisha inayoruhusiwa kurekodi skrini yako bila kuuliza</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>Hakuna cheti kilichoongezwa kwenye simu</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>Hakuna programu ya wingu ya picha au ya kuhifadhi nakala iliyopatikana</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Hakuna kompyuta inayoweza kufikia simu kwa utatuzi kupitia Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Hakuna kompyuta inayobaki ikiaminiwa kwa utatuzi wa USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Hakuna programu ya kutafuta wapenzi inayojua mahali ulipo hasa</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>Hakuna kivinjari chaguomsingi kilichowekwa</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>Hakuna kufungua kwa uso; kufungua kwa alama ya kidole hakukuweza kusomwa</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>Hakuna kufungua kwa alama ya kidole wala kwa uso</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>Hakuna kufungua kwa alama ya kidole; kufungua kwa uso hakukuweza kusomwa</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>Hakuna programu ya upelelezi (stalkerware) inayojulikana iliyopatikana</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>Hakuna programu ya kutuma ujumbe ambayo hardener inaijua iliyosakinishwa</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>Hakuna arifa kwenye skrini iliyofungwa</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>Hakuna kompyuta nyingine iliyoruhusiwa. Hii itabaki imeruhusiwa baada ya ziara usipoibatilisha: fanya hivyo hardener ikimaliza.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>Hakuna simu iliyopatikana. Chomeka simu kwa kebo ya USB inayobeba data, ifungue, na uhakikishe kwamba utatuzi wa USB umewashwa.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>Hakuna simu yenye utatuzi wa USB iliyopatikana kwenye USB.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Hakuna seva mbadala (proxy), wala VPN kutoka nje ya duka</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Hakuna programu ya usalama iliyozimwa</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Hakuna programu ya mitandao ya kijamii au ya kutafuta wapenzi inayoweza kusoma anwani zako</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Hakuna duka lililokagua programu hii. Mara nyingi programu za upelelezi huwekwa kwenye simu kwa njia hii na mtu aliyewahi kuishika. Ikiwa hukuisakinisha wewe mwenyewe, usiiondoe bado: weka kumbukumbu na utafute msaada kwanza.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>Hakuna programu ya kutafsiri iliyopatikana</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>Hakuna mahali au kifaa kinachoaminika kinachotumika kwa sasa. Ikiwa hujawahi kuweka kimoja kwa makusudi, zima Smart Lock ili isiweze kuanza baadaye.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Halijarekebishwa</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>Haijulikani kwa uhakika</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Halikuguswa: badiliko %n kwenye programu ya upelelezi. Kulibadilisha kunaweza kumtahadharisha mtu aliyeisakinisha: angalia kwanza mpango wa usalama. (Ni --touch-spying-apps tu ingeyajumuisha.)</numerusform>
    <numerusform>Hayakuguswa: mabadiliko %n kwenye programu ya upelelezi. Kuyabadilisha kunaweza kumtahadharisha mtu aliyeisakinisha: angalia kwanza mpango wa usalama. (Ni --touch-spying-apps tu ingeyajumuisha.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Kumbuka: utekelezaji wa awali kwenye simu hii ulikatizwa. Mabadiliko yake yameandikwa kwenye simu:
      endesha 'hardener undo' kwa msimbo uleule wa kutendua ili kuyarudisha, au tekeleza tena ili kumaliza.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Kumbuka: seva ya adb inaendeshwa (mlango {port}, mchakato {pid}); huenda inaishikilia simu. Itumie kwa 'hardener devices --adb-server' na --adb-server, la sivyo hardener itauliza kabla ya kuisimamisha.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Kumbuka: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>Hakuna kinachojibu kwenye {address}. Hakikisha kwamba simu na kompyuta hii ziko kwenye mtandao mmoja wa Wi-Fi, kwamba Utatuzi usiotumia waya umewashwa katika Chaguo za wasanidi programu za simu, na kwamba anwani na mlango ni vile ambavyo simu inaonyesha sasa (mlango hubadilika kila mara).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>Hakuna kilichopatikana</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>Hakuna kilichopatikana katika kile kilichoweza kukaguliwa.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>Hakuna kinachonakiliwa kwenye akaunti isipokuwa ukichagua kusawazisha.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Hakuna cha kutekeleza: simu tayari inalingana na wasifu huu.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Hakuna cha kubadilisha.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>Hakuna kilichobadilishwa kwenye simu hii.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>Hakuna kilichobadilishwa, kwa hiyo hakuna rekodi ya kutendua inayowekwa kwenye simu (msimbo hauhitajiki).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>Hakuna kilichobadilishwa, kwa hiyo hakuna cha kutendua.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>Hakuna kilichobadilishwa.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Ruhusa ya kufikia arifa: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Arifa kwenye skrini iliyofungwa</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>Arifa huonekana kwenye skrini iliyofungwa, lakini si kile zinachosema</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Sasa: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Imezimwa</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Motorola Moto G6 ya zamani yenye Android 9: hakuna mbinu ya kufunga skrini, haijasimbwa kwa njia fiche, utatuzi wa USB umewashwa, Play Protect imezimwa, na programu ya upelelezi (stalkerware) iliyosakinishwa kutoka kwenye faili yenye ruhusa za ufikivu, arifa na msimamizi wa kifaa.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Imewashwa</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>Kwenye Android 11 na mpya zaidi, “Funga sasa” huonekana kwenye menyu ya kuzima simu mara tu PIN, nenosiri au mchoro unapowekwa.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>Kwenye Android 11 na mpya zaidi, “Funga sasa” huonekana kwenye menyu ya kuzima simu mbinu ya kufunga skrini ikiwa imewekwa. Simu hii ina swichi ya zamani iliyozimwa, na baadhi ya simu bado huifuata. Kagua menyu ya kuzima simu.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Kwenye Android 11 na mpya zaidi, “Funga sasa” huonekana kwenye menyu ya kuzima simu kila mara mbinu ya kufunga skrini imewekwa, kama ilivyo hapa. Bonyeza na ushikilie kitufe cha kuwasha/kuzima na uguse “Funga sasa” wakati simu inaweza kuchukuliwa.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>Kwenye simu au kompyuta yoyote, fungua myactivity.google.com, ingia katika akaunti, na ufute shughuli za Google Tafsiri. Kufuta data ya programu hakuondoi nakala hii.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>Kwenye simu au kompyuta yoyote, ingia katika akaunti ambayo programu yako ya kutafsiri inatumia na ufute tafsiri zake zilizohifadhiwa na shughuli zake (kwa akaunti ya Google: myactivity.google.com). Kufuta data ya programu hakuondoi nakala hii.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>Kwenye simu, fungua Mipangilio, kisha Chaguo za wasanidi programu, na uguse “Batilisha idhini za utatuzi wa USB”. Kisha zima Chaguo za wasanidi programu juu ya skrini hiyo. (Ikiwa huwezi kupata Chaguo za wasanidi programu, tayari zimezimwa.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Akaunti moja kwa pande zote mbili huunganisha kazi yako na maisha yako binafsi.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Nambari moja kwenye simu hii</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Simu moja yenye maisha yote mawili hufichua yote mawili inapochukuliwa.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Wasifu mmoja kwenye simu hii</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Maduka ya programu pekee ndiyo yanayoweza kusakinisha programu</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Kompyuta hii pekee ndiyo inayoaminiwa kwa utatuzi wa USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Fungua Google Photos, gusa picha yako ya wasifu, kisha Mipangilio ya Photos, kisha Hifadhi nakala. Ikiwa Hifadhi nakala imewashwa, kila picha na video huenda kwenye akaunti yako ya Google. Izime ikiwa akaunti hiyo si salama.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Fungua Mipangilio, kisha Ufikivu. Tafuta programu (huenda iko chini ya “Programu zilizosakinishwa” au “Programu zilizopakuliwa”) na uizime.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Fungua Mipangilio, kisha Akaunti (au Manenosiri na akaunti). Ondoa akaunti yoyote usiyoijua. Badilisha nenosiri la akaunti yoyote ambayo mtu mwingine anaweza kulijua.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Fungua Mipangilio, kisha Akaunti na hifadhi nakala, kisha Samsung Cloud. Angalia kinachohifadhiwa nakala na kusawazishwa: jumbe, rekodi ya simu zilizopigwa, picha. Zima kile kinachopaswa kubaki kwenye simu tu.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Fungua Mipangilio, kisha Akaunti, kisha kila akaunti, kisha Usawazishaji wa akaunti. Zima Anwani, Jumbe na Picha mahali usipozihitaji.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Fungua Mipangilio, kisha Akaunti, kisha akaunti hii, kisha Usawazishaji wa akaunti. Zima kile kinachopaswa kubaki kwenye simu tu, kwa mfano anwani na jumbe.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Fungua Mipangilio, kisha Akaunti. Ondoa akaunti za binafsi kwenye simu ya kazi, na akaunti za kazi kwenye simu ya binafsi.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Fungua Mipangilio, kisha Akaunti. Ondoa akaunti za kazi ambazo hutazihitaji ukiwa safarini; ingia tena ukifika. Hakikisha kwanza kwamba unajua kila nenosiri.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Fungua Mipangilio, kisha Akaunti. Zima “Sawazisha data kiotomatiki” (huenda iko kwenye menyu iliyo juu). Bado unaweza kusawazisha kwa mkono unapotaka.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Fungua Mipangilio, kisha Programu, na uiangalie programu hii. Ikiwa hukuisakinisha, weka kumbukumbu na utafute msaada kabla ya kuiondoa.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Fungua Mipangilio, kisha Programu, onyesha programu za mfumo, fungua programu na uguse Washa. Ikiwa hukuizima wewe, huenda mtu mwingine aliizima: weka kumbukumbu kwanza.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Fungua Mipangilio, kisha Programu, kisha Programu chaguomsingi. Hakikisha programu ya SMS na programu ya Simu ni zile ulizochagua.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Fungua Mipangilio, kisha Programu, kisha Ufikiaji maalum wa programu, kisha Onyesha juu ya programu zingine. Izime kwa programu zisizoihitaji.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Fungua Mipangilio, kisha Programu, kisha Ufikiaji maalum wa programu, kisha Sakinisha programu zisizojulikana. Izime kwa programu hii.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Fungua Mipangilio, kisha Programu, kisha Ufikiaji maalum wa programu, kisha Ufikiaji wa matumizi. Uzime kwa programu zisizouhitaji.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Fungua Mipangilio, kisha Programu, kisha programu husika, kisha Ruhusa, kisha Mahali. Zima “Tumia mahali mahususi”, na uchague “Ruhusu wakati wa kutumia programu tu”.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Fungua Mipangilio, kisha Programu, kisha programu hii, kisha Ruhusa, kisha Anwani. Chagua “Usiruhusu”. Katika mipangilio ya programu yenyewe, zima pia kupakia au kusawazisha anwani, na ufute anwani ilizokwisha kupakia.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Fungua Mipangilio, kisha Programu, kisha programu hii, kisha Ruhusa. Chagua “Usiruhusu” kwa kile isichohitaji. Programu itauliza tena ikihitaji kitu kweli.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Fungua Mipangilio, kisha Programu. Kwa kila programu usiyoijua, uliza ni nani aliyeisakinisha. Iondoe tu baada ya mpango wa usalama ikiwa huenda inapeleleza.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Fungua Mipangilio, kisha Chaguo za wasanidi programu, na uzime “Zima muda wa kuisha kwa idhini ya adb”.</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Fungua Mipangilio, kisha Skrini, kisha Muda wa skrini kuzima. Chagua sekunde 30.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Fungua Mipangilio, kisha Google (au Akaunti na hifadhi nakala), kisha Hifadhi nakala. Angalia inachohifadhi. Zima kuhifadhi nakala ikiwa akaunti si salama, na ufute nakala za zamani zilizoko huko.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Fungua Mipangilio, kisha Google, kisha Huduma zote, kisha Ulinzi dhidi ya wizi. Washa Ukaguzi wa Utambulisho, Kufunga Simu Ikigundua Wizi na Kufunga Kifaa Kikiwa Nje ya Mtandao. Ukiwa nje ya maeneo yanayoaminika, kubadilisha PIN au kuzima kinga kutahitaji alama ya kidole au uso wako, si PIN pekee.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Fungua Mipangilio, kisha Mahali, kisha Huduma za mahali (au Boresha usahihi). Zima Kutafuta Wi-Fi na Kutafuta Bluetooth.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Fungua Mipangilio, kisha Mtandao (au Miunganisho, kisha Mipangilio zaidi ya muunganisho), kisha DNS ya Faragha. Chagua Kiotomatiki, au mtoa huduma unayemwamini.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Fungua Mipangilio, kisha Mtandao, kisha Wi-Fi, gusa mtandao, kisha Badilisha au Mipangilio ya kina, na uweke Seva mbadala (Proxy) kuwa Hamna. Ikiwa hukuiweka wewe, weka kumbukumbu kwanza.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Fungua Mipangilio, kisha Arifa (au Skrini iliyofungwa), kisha Arifa kwenye skrini iliyofungwa. Chagua “Usionyeshe arifa”, au angalau “Ficha maudhui nyeti”.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Fungua Mipangilio, kisha Arifa, kisha Ufikiaji wa arifa (kwenye baadhi ya simu: Programu, kisha Ufikiaji maalum wa programu). Uzime kwa programu hii.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Fungua Mipangilio, kisha Usalama (au Bayometriki), kisha Alama ya kidole na Utambuzi wa uso. Vifute kabla ya wakati wa hatari, au uwe tayari kutumia “Funga sasa”.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Fungua Mipangilio, kisha Usalama (au Bayometriki). Futa alama za vidole na uso kabla ya kusafiri; viongeze tena ukiwa salama.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Fungua Mipangilio, kisha Usalama (au Skrini iliyofungwa), kisha Mbinu ya kufunga skrini. Chagua PIN na utumie angalau tarakimu 6 ambazo si siku ya kuzaliwa. Mchoro ni rahisi kutazamwa na kukisiwa.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Fungua Mipangilio, kisha Usalama (au Skrini iliyofungwa), kisha Mbinu ya kufunga skrini. Chagua PIN yenye nambari 6 au zaidi, au Nenosiri. Usitumie tarehe ya kuzaliwa au nambari ambayo watu wengine wanaijua.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Fungua Mipangilio, kisha Usalama (au Skrini iliyofungwa), kisha Smart Lock au Extend Unlock. Weka PIN yako. Ondoa maeneo yanayoaminika na vifaa vinavyoaminika, na uzime utambuzi wa kuwa mwilini.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Fungua Mipangilio, kisha Usalama (au Skrini iliyofungwa), kisha gia iliyo karibu na Mbinu ya kufunga skrini, kisha “Funga baada ya muda wa skrini kuisha”. Chagua Papo hapo au sekunde 5.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Fungua Mipangilio, kisha Usalama (au Usalama na faragha), kisha Mipangilio zaidi ya usalama au Usimbaji fiche na kitambulisho, kisha Vitambulisho vinavyoaminika, na kichupo cha Mtumiaji. Ikiwa kuna cheti ambacho hukukiongeza, weka kumbukumbu na utafute msaada kabla ya kukiondoa.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Fungua Mipangilio, kisha Usalama na faragha, kisha Ulinzi wa Hali ya Juu. Huzuia programu kutoka nje ya Play Store, mitandao ya zamani ya 2G na miunganisho mipya ya USB wakati simu imefungwa. Programu ulizosakinisha kutoka kwenye faili huenda zikaacha kusasishwa: amua pamoja na mtu anayeijua simu.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Fungua Mipangilio, kisha Usalama na faragha, kisha Sehemu ya faragha, kisha “Funga sehemu ya faragha kiotomatiki”, na uchague “Kila mara kifaa kinapofungwa”.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Fungua Mipangilio, kisha Usalama, kisha Programu za msimamizi wa kifaa (kwenye baadhi ya simu: Mipangilio mingine ya usalama). Zima programu usizozijua. Ikiwa huwezi, tafuta msaada.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Fungua Mipangilio, kisha Usalama, kisha Programu za msimamizi wa kifaa. Zima programu yoyote usiyoijua.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Fungua Mipangilio, kisha Usalama, kisha Smart Lock (au Extend Unlock). Ondoa maeneo yanayoaminika, vifaa na utambuzi wa kuwa mwilini.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Fungua Mipangilio, kisha Mfumo (au Sasisho la programu), kisha Sasisho la usalama, na usakinishe kinachotolewa. Ikiwa hakuna kinachokuja kwa mwaka mzima, simu haipati tena masasisho: fikiria kupata simu mpya zaidi kwa ajili ya kazi.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Fungua Mipangilio, kisha Mfumo, kisha Chaguo za wasanidi programu. Zima “Weka skrini ikiwa imewashwa”.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Fungua Mipangilio, kisha Mfumo, kisha Lugha na uingizaji, kisha Kibodi ya skrini. Baki na kibodi ulizochagua tu.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Fungua Mipangilio, kisha Akaunti ya Xiaomi (au Akaunti ya Mi), kisha Xiaomi Cloud. Angalia kinachosawazishwa: jumbe, matunzio, anwani, rekodi ya simu zilizopigwa. Zima kile kinachopaswa kubaki kwenye simu tu.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Fungua WhatsApp, kisha Mipangilio, kisha Mazungumzo, kisha Hifadhi nakala ya mazungumzo. Ikiwa “Hifadhi nakala kwenye Google Drive” si “Kamwe”, mazungumzo yako yananakiliwa huko. Chagua Kamwe ikiwa akaunti hiyo si salama, na ufute nakala ya zamani iliyo kwenye Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Fungua myactivity.google.com kwenye kivinjari (au programu ya Google, kisha picha yako ya wasifu, kisha Shughuli Zangu). Chagua Google Tafsiri na uifute yote. Chini ya “Shughuli kwenye Wavuti na Programu” unaweza kuzima kuhifadhi, au kuweka ufutaji kiotomatiki baada ya miezi 3.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Fungua Play Store, gusa picha yako ya wasifu, kisha Play Protect, kisha gurudumu la mipangilio. Washa “Changanua programu ukitumia Play Protect”.</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Fungua programu na utafute katika mipangilio yake Hifadhi nakala, Sawazisha au Kupakia picha za kamera. Izime ikiwa akaunti si salama.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Fungua programu. Tafuta Historia (mara nyingi kwenye menyu au chini ya picha yako ya wasifu) na uifute yote. Katika mipangilio ya programu, zima kuhifadhi historia ukiweza. Ondoa pia vifungu vya maneno vilivyohifadhiwa au vyenye nyota.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Fungua mipangilio ya kamera na uzime “Hifadhi mahali” (au Lebo za mahali). Au fungua Mipangilio, kisha Programu, kisha Kamera, kisha Ruhusa, kisha Mahali: “Usiruhusu”.</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Fungua programu ya kutafsiri, nenda kwenye Historia (au aikoni ya saa), na uifute. Zima ‘Hifadhi historia’ ikiwa programu inayo.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>Kompyuta nyingine zinaweza kutumia utatuzi wa USB kwenye simu hii</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN au nenosiri</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Imeoanishwa, kwa adb ya Google ({adb}, toleo {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>Kuoanisha kwa msimbo kunahitaji programu ya Google “adb” (Android SDK Platform-Tools), na hardener haikuipata kwenye kompyuta hii. Sakinisha Platform-Tools kutoka kwenye tovuti ya Google ya wasanidi programu wa Android, kisha ujaribu tena. Au unganisha simu kwa kebo ya USB badala yake.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Ruhusa za {app}: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>Simu hujifunga baada ya skrini kuzima</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Nambari ya simu</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Ukaguzi wa usalama wa simu</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Simu:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Simu zilizoiamini kompyuta hii zitauliza tena “Ungependa kuruhusu utatuzi wa USB?”.</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Picha na anwani zilizo kwenye wingu zinaweza kuombwa bila simu.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a yenye Android 13 na programu ya upelelezi (stalkerware) iliyopewa jina jipya ili ionekane kama sasisho la mfumo: cheti chake cha kutia sahihi pekee ndicho kinachoifichua.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Protect hukagua programu</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect hukagua programu kutafuta madhara. Watu wanaoweka programu za upelelezi kwenye simu mara nyingi huizima kwanza. Ikiwa hukuizima wewe, huenda mtu mwingine aliizima.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect haichanganui programu</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect imezimwa</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect imewashwa</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect huonya kuhusu programu za upelelezi zinazojulikana.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect, inayochanganua programu kutafuta madhara, huja na Google Play. Bila hiyo, sakinisha programu kutoka kwenye duka unaloliamini tu, na programu unazozijua tu.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>Polisi walioshika simu wanaweza kusoma jumbe za wateja zinazoonekana kwenye skrini yake.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>Polisi husoma jumbe kwanza; jumbe zinazotoweka zenyewe hazipo ili zisomwe.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>Polisi husoma historia ya tafsiri ili kuthibitisha kazi ambayo watu hufanya.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>Polisi wanaochukua simu husoma jumbe kwanza. Jumbe zinazotoweka zenyewe hazipo ili zisomwe. Kila programu ina swichi yake: hatua zinaeleza iko wapi.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Simu ya mazoezi '{name}' inasikiliza kwenye {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Simu ya mazoezi (ya kuigiza, si simu halisi)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Jizoeze kutumia “Funga sasa”</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Bonyeza na ushikilie kitufe cha kuwasha/kuzima (kwenye baadhi ya simu: kitufe cha kuwasha/kuzima na cha kuongeza sauti pamoja), kisha uguse “Funga sasa”. Sasa ni PIN au nenosiri lako pekee linalofungua simu: hakuna alama ya kidole, hakuna uso, hakuna Smart Lock, na hakuna jumbe kwenye skrini iliyofungwa. Au zima simu.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS ya Faragha</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>DNS ya Faragha iko kwenye Kiotomatiki</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>DNS ya Faragha imezimwa</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>DNS ya Faragha inatumia mtoa huduma uliyemchagua</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS ya Faragha: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>Sehemu ya Faragha hujifunga</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Wasifu: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Wasifu kwenye simu: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Seva mbadala (proxy) na VPN: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Vuta chini kutoka juu ya skrini na uguse Mahali ili kuzima, au fungua Mipangilio, kisha Mahali. Pawashe tena tu unapohitaji ramani au usafiri.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Soma kila jambo lililopatikana pamoja na mhusika. Anza na mabaya zaidi yaliyo juu.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Someni matokeo pamoja</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Soma kile ukaguzi huu ulichopata kabla ya kubadilisha chochote. Zungumza na shirika la wafanyabiashara ya ngono au huduma ya msaada unayoiamini, na mwandae mpango wa usalama pamoja.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Sajili programu za kutafuta wapenzi na za matangazo kwa nambari ya kazi tu, si nambari yako ya binafsi. SIM ya pili, simu ya pili au nambari kutoka kwenye programu ya kupiga simu, zote zinafaa.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Kutegemea programu za kutafsiri</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Ondoa kufungua kwa alama ya kidole na kwa uso kwa ajili ya safari</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Ondoa seva mbadala (proxy)</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>Ufunguo wa kompyuta hii umeondolewa kwenye kibeba funguo (keyring). Simu zilizouamini zitauliza tena “Ungependa kuruhusu utatuzi wa USB?”.</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Imeondolewa: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Kuondoa programu ya upelelezi kunaweza kumtahadharisha mtu aliyeisakinisha. Zungumza kwanza na mtu unayemwamini au huduma ya msaada. Andika ulichopata kabla ya kubadilisha chochote.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Kuondoa programu ya upelelezi au kubadilisha mipangilio kunaweza kumtahadharisha mtu anayepeleleza, na kufanya hali iwe hatari zaidi.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Kuondoa programu hii kunaweza kumtahadharisha mtu aliyeiweka, na hilo linaweza kumfanya awe hatari. Zungumza kwanza na mtu unayemwamini au huduma ya msaada. Panga mahali utakapokuwa salama na nani anaweza kukusaidia.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Badilisha SIM kadi</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Ripoti imeandikwa kwenye {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>Yamerejeshwa {restored} kati ya {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>Batilisha idhini za utatuzi wa USB mwishoni</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Huduma za ufikivu zinazoendeshwa: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>SIM kadi: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 yenye Android 11: kufunga kwa mchoro pamoja na Smart Lock, mwanzo wa jumbe kwenye skrini iliyofungwa, Google Tafsiri inatumika kila siku, anwani zinasawazishwa na Google na Samsung, programu za kutafuta wapenzi na za mitandao ya kijamii zinasoma anwani.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Hifadhi ripoti ya ziara hii kwenye kompyuta au kwa mtu unayemwamini, si kwenye simu hii. Andika tarehe na majina ya programu zilizopatikana.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>Kuchanganua programu kutafuta madhara kulikataliwa kwenye simu hii. Ikiwa hukukataa wewe, huenda mtu mwingine alikataa. Washa kuchanganua.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>Kutafuta huziambia programu mahali ulipo, hata Wi-Fi na Bluetooth zikiwa zimezimwa.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Mbinu ya kufunga skrini na mipangilio ya simu</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Mbinu ya kufunga skrini:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Mbinu ya kufunga skrini: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Mbinu ya kufunga skrini: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Kurekodi skrini: hakukuweza kusomwa</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>Skrini hubaki imewaka wakati wa kuchaji</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Muda wa skrini kuzima: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>Skrini huzima baada ya</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Programu za usalama: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Rekebisho la usalama:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>Masasisho ya usalama ni ya hivi karibuni</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Masasisho ya usalama: hayakuweza kusomwa</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Nambari ya ufuatiliaji</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Nambari ya ufuatiliaji:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Weka PIN yenye tarakimu 6 au zaidi</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Weka mbinu imara ya kufunga skrini</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Onyesha kitufe cha “Funga sasa” kwenye menyu ya kuzima simu</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Inaonyeshwa</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Ondoka kwenye akaunti kila mahali</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Ondoka kwenye akaunti za kazi kwa ajili ya safari</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: fanya jumbe zitoweke</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Limerukwa</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock inaweza kuiacha simu ikiwa wazi</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock imezimwa</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock imewashwa, lakini haiiachi simu ikiwa wazi kwa sasa</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock huiacha simu ikiwa wazi katika maeneo “yanayoaminika”, karibu na vifaa “vinavyoaminika”, au ukiwa umeibeba. Huo ndio wakati hasa inaweza kuchukuliwa kutoka kwako, ikiwa wazi.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock huiacha simu ikiwa wazi nyumbani au karibu na saa yako: wakati hasa inaweza kuchukuliwa.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Programu za mitandao ya kijamii na anwani zako: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Baadhi ya mabadiliko hayawezi kutenduliwa:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Mtu fulani aliongeza cheti kwenye simu</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Mtu aliyeshika simu iliyofungwa anaweza kuona ni programu zipi zilipokea jumbe, lakini si jumbe zenyewe. Ili kuzificha kabisa, zima arifa kwenye skrini iliyofungwa.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>Kitu fulani kwenye {address} kilijibu, kisha kikaacha kujibu au kikafunga muunganisho. Kwenye simu, hakikisha kwamba Utatuzi usiotumia waya umewashwa na kwamba anwani na mlango ni vile inavyoonyesha sasa. Simu ikiomba kuoanisha kwa msimbo, hardener haiwezi kufanya hivyo yenyewe: tumia kebo ya USB, au oanisha simu na programu ya Google ya adb na uunganishe kupitia hiyo.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Hitilafu fulani imetokea.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Mara nyingi programu za upelelezi husakinishwa kwa mkono, nje ya duka la programu.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Mara nyingi programu za upelelezi husakinishwa kutoka nje ya duka la programu.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Programu za upelelezi: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Stalkerware na programu nyingine za upelelezi</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Skrini kubaki imewaka wakati wa kuchaji: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Bado viko kwenye simu, HAVIJAFUTWA: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Bado ya kufanya, kwa mkono</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Zuia programu kuonekana juu ya programu nyingine</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Zuia programu kusakinisha programu</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Zuia programu kusakinisha programu nyingine</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Zuia programu kusoma arifa zako</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Zuia programu kurekodi skrini yako bila kuuliza</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Zuia programu za mitandao ya kijamii na za kutafuta wapenzi kusoma anwani zako</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>Ungependa kusimamisha programu nyingine ya adb sasa?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Zuia simu kutafuta Wi-Fi na Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Imesimamishwa.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Muhtasari: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Washa Play Protect tena</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Zima Mahali wakati huhitaji</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Zima “Weka skrini ikiwa imewashwa”</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Zima hifadhi nakala ya Android kwenye wingu</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Zima Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Zima Kutafuta Wi-Fi na Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Zima ruhusa ya ufikivu usiyoitumia</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Zima ufikivu kwa programu usizozijua</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Zima kusawazisha kiotomatiki</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Zima chaguo za wasanidi programu ukimaliza</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Zima ufikiaji wa arifa kwa programu usizozijua</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Zima mahali mahususi kwa programu za kutafuta wapenzi</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Washa Ukaguzi wa Utambulisho na ulinzi dhidi ya wizi</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Washa DNS ya Faragha</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Zima simu</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Zima simu kabla ya ukaguzi wa pasipoti na uiwashe tu baada yake. Simu iliyozimwa hufunguka kwa PIN yako tu.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Zima simu kabla ya kufika mpakani</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Zima simu wakati upekuzi unatarajiwa</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Ondoa ruhusa ya kufikia anwani</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Ondoa ruhusa ambazo programu haihitaji</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Ondoa ruhusa ya Mahali kwenye kamera</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Ondoa maikrofoni na anwani kwenye programu za kutafsiri</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Ondoa kamera na maikrofoni kwenye programu zisizozihitaji</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Ondoa ruhusa ya kufikia matumizi kwenye programu</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: tumia kufuta kiotomatiki</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Waambie watu unaowasiliana nao</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Waambie vikundi vyako na watu wako wa karibu, ili waweze kujilinda. Ondoa nambari hiyo kwenye vikundi vya mazungumzo ukiweza.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>Jumbe za maandishi (SMS) hazitoweki zenyewe kamwe. Kabla ya wakati wa hatari, futa mazungumzo na wateja katika programu ya Ujumbe, na uwaombe wateja watumie programu ya kutuma ujumbe yenye jumbe zinazotoweka.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>Jumbe za maandishi: futa usichohitaji</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>Jumbe na simu huenda kwenye programu zilizo sehemu ya simu.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>Hiyo ni folda; weka jina la faili linaloishia na .pdf au .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>Programu ya “adb” kwenye kompyuta hii (toleo {version}, {path}) haiwezi kuoanisha kwa msimbo: kuoanisha kulikuja na toleo la 30 la Platform-Tools ya Google, mwaka 2020. Kifurushi cha “adb” cha Debian na Ubuntu ni toleo la 29 na hakina kuoanisha. Sakinisha Platform-Tools ya sasa ya Google, au unganisha simu kwa kebo ya USB badala yake.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>Programu ya “adb” kwenye kompyuta hii ni ya zamani mno au haijibu kama inavyotarajiwa (toleo la seva {version}; hardener inahitaji {needed} au mpya zaidi). Sakinisha Android SDK Platform-Tools ya sasa, kisha ujaribu tena.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>Seva ya programu ya “adb” haiendeshwi kwenye kompyuta hii (mlango {port}). Iwashe kwa amri “adb start-server”, au unganisha bila seva ya adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>Sehemu ya Faragha hubaki wazi baada ya simu kufungwa</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Programu za SMS na simu zilikuja na simu</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>Seva ya adb (mlango {port}) haina simu.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>Seva ya adb haina simu “{serial}”. Simu ilizo nazo: {serials}. Kagua jina kwa “adb devices”.</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>Seva ya adb inasema: {said} (hali: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>Kamera na Mahali: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>Kamera inaweza kutumia mahali ulipo, kwa hiyo kila picha hubeba mahali ilipopigwa. Ikitumwa au ikiwekwa mtandaoni, picha inaweza kuonyesha unapoishi au kufanya kazi.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>Kamera haiwezi kuhifadhi mahali picha zinapopigwa</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Amri za simu hii ni ndefu mno kupita kwenye seva ya adb (baiti {size}; hupitisha zisizozidi {limit}). Unganisha moja kwa moja na simu badala yake, bila seva ya adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>Muunganisho na simu umekatika (je, kebo ilichomolewa?). Ichomeke tena: hakuna kilichopotea, na chochote ambacho hakijakamilika kinaweza kumalizwa au kutenduliwa.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>Kivinjari chaguomsingi ni {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>Folda ya ripoti haipo: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>Faili ya viashiria {file} haikuweza kutumika: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>Ufunguo ambao hardener huhifadhi katika kibeba funguo (keyring) cha kompyuta hii umeharibika, kwa hiyo hardener ilisimama na kuuacha kama ulivyo. Ili kuanza upya kwa ufunguo mpya, endesha amri “hardener forget-key”; kisha simu zitauliza tena “Ungependa kuruhusu utatuzi wa USB?”.</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>Ufunguo umeondolewa kwenye kibeba funguo (keyring).</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>Kibodi ilikuja na simu</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>Kibodi inayotumika ni sehemu ya simu.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>Kibeba funguo (keyring) ambamo hardener huhifadhi ufunguo wake kimefungwa. Kifungue (kwenye Linux: fungua “Passwords and Keys” na ufungue “Login”, au toka na uingie tena), kisha ujaribu tena.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>Sasisho la mwisho la usalama lina umri wa miezi {months}</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>macOS Keychain ambamo hardener huhifadhi ufunguo wake imefungwa. Fungua programu ya Keychain Access na ufungue keychain ya “login” (au toka na uingie tena), kisha ujaribu tena.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>Ya dharura zaidi kwanza. Kila kipengele kinasema mtu aliyeshika simu hii angeweza kuona au kufanya nini.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Majina ya tovuti na programu unazotumia husafiri bila kusimbwa kwa njia fiche, kwa hiyo mtandao uliopo unaweza kuyasoma. Android inaweza kuyasimba yenyewe.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>Simu hujihifadhia nakala kwenye wingu</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Simu haikukubali kuoanisha. Kwenye simu, gusa tena “Oanisha kifaa ukitumia msimbo wa kuoanisha” na uandike msimbo mpya na anwani pamoja na mlango wake (vyote hubadilika kila mara), dirisha hilo likiwa bado wazi. Simu na kompyuta hii lazima ziwe kwenye mtandao mmoja wa Wi-Fi.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>Simu haikuruhusu kompyuta hii. Ichomoe na uichomeke tena, ifungue, na uguse “Ruhusu” inapouliza.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>Simu haikuzima utatuzi wa USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>Simu haijibu. Ichomoe, uichomeke tena, na uifungue. Hilo lisiposaidia, zima na uwashe simu upya.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>Simu hainakili data za programu zake kwenye akaunti.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>Simu haina mbinu ya kufunga ya kusubiri</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>Simu bado haijaruhusu kompyuta hii. Fungua simu na uguse “Ruhusu” kwenye ujumbe wa “Ungependa kuruhusu utatuzi wa USB?”.</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>Simu haihifadhi idhini ya kompyuta yoyote kwa utatuzi wa USB, ikiwemo hii.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>Simu huendelea kutafuta Wi-Fi na Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>Simu hujifunga sekunde {seconds} baada ya skrini kuzima</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>Simu ilikataa badiliko hili: mtengenezaji wake huzuia lifanywe kutoka kwenye kompyuta. Bado linaweza kufanywa kwa mkono katika Mipangilio ya simu.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>Simu ilikataa kuhifadhi faili. Hakikisha ina nafasi.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>Simu iliripoti jina ambalo hardener hailiamini ({kind}). Limerukwa.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>Simu hubaki wazi dakika {minutes} baada ya skrini kuzima</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>Simu hubaki wazi sekunde {seconds} baada ya skrini kuzima</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>Simu ilichukua muda mrefu mno kujibu. Kagua kebo na uhakikishe simu imefunguliwa.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>Simu inaamini kompyuta kwa utatuzi wa USB (idadi: {count}) na haisemi ni ipi, ikiwa ipo, iliyo kompyuta hii. Batilisha idhini hizo hardener ikimaliza.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>Simu inaamini vyeti ilivyokuja navyo tu.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>Intaneti ya simu haipiti kwenye seva mbadala (proxy) wala programu ya VPN iliyosakinishwa kwa mkono.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>Hifadhi ya simu imesimbwa kwa njia fiche</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>Hifadhi ya simu haijasimbwa kwa njia fiche</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>Wasifu {file} umeharibika: kanuni {rule}, sehemu {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>Rekodi inayohitajika kutendua mabadiliko haipo tena kwenye simu, kwa hiyo hayawezi kurudishwa kiotomatiki. Unaweza kurudisha kila mpangilio kwa mkono.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>Rekodi ya kilichobadilishwa huhifadhiwa kwenye simu yenyewe, si kwenye kompyuta.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>Faili ya ripoti lazima iishie na .pdf au .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>Ripoti haikuhifadhiwa kwenye simu: programu ya upelelezi ilipatikana ndani yake, au hardener haikuweza kukagua kama ipo. Programu kama hiyo ingeweza kusoma ripoti na kumtahadharisha aliyeiweka.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>Ripoti itahifadhiwa kwenye folda ya Download ya simu. Yeyote anayepekua simu anaweza kuisoma hapo. Ifute wakati huihitaji tena.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>Njia salama zaidi ni simu tofauti kwa ajili ya kazi. Ukitumia simu moja, tumia SIM au nambari tofauti kwa kazi, WhatsApp Business au programu ya pili ya kutuma ujumbe kwa kazi tu, na usiweke picha za binafsi katika programu za kazi.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>Skrini haibaki imewaka wakati wa kuchaji</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>Mbinu ya kufunga skrini ni mchoro</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>Mbinu ya kufunga skrini ni kutelezesha kidole tu</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>Skrini hubaki imewaka kwa dakika {minutes} kabla ya kujifunga</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>Skrini hubaki imewaka kwa sekunde {seconds} kabla ya kujifunga</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>Skrini hubaki imewaka wakati wa kuchaji</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>Skrini huzima baada ya sekunde {seconds}</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Programu za usalama kwenye simu hii zimewashwa.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>Mipangilio imara zaidi ya skrini iliyofungwa, historia ya tafsiri imefutwa, na hatua za kuchukua kabla ya upekuzi.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>Rekodi ya kutendua imefutwa (imekaguliwa): hakuna chochote ambacho hardener iliandika kilichobaki kwenye simu.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>Rekodi ya kutendua imefutwa: simu haina rekodi yoyote sasa.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>Rekodi ya kutendua iliyo kwenye simu haikuweza kusomwa, kwa hiyo ripoti haiwezi kusema kilichobadilishwa.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>Rekodi ya kutendua iliyo kwenye simu hii imeharibika, kwa hiyo haitatumika. Unaweza kuifuta na kukagua mipangilio ya simu kwa mkono.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>Rekodi ya kutendua inabaki kwenye simu, imefungwa kwa msimbo wake wa kutendua. Mtu anayepekua simu anaweza kuona kuwa kuna faili, lakini hawezi kuisoma bila msimbo.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>Wasifu wa kazini kwenye simu hii huendeshwa na msimamizi wake, mara nyingi mwajiri. Anaweza kuona programu na data zilizo katika wasifu huo. Usiweke mambo ya binafsi ndani yake.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>Hakuna Google Play kwenye simu hii</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>Hakuna simu ya mazoezi inayoitwa “{name}”. Simu za mazoezi ni: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>Hakuna wasifu unaoitwa “{name}”. Wasifu uliopo ni: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>Hakuna mbinu ya kufunga skrini</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>Hakuna cha kutendua kwenye simu hii.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>Hakukuwa na ufunguo kwenye kibeba funguo (keyring).</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>Hapakuwa na ufunguo wa kuondoa.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>Hakukuwa na mapendeleo yaliyohifadhiwa.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Hivi hunakiliwa kwenye seva za akaunti. Yeyote anayeingia katika akaunti, au kampuni polisi wakiomba, anaweza kuvisoma bila simu yako.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Haya yanakuhitaji wewe, kwenye simu yenyewe. Kila moja huchukua dakika moja au mbili.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Fikiria kuhusu Ulinzi wa Hali ya Juu</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Fikiria kuhusu kufungua kwa alama ya kidole na kwa uso</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Fikiri kabla ya kuifuta ukiwa mbali</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Toleo hili la Android halisemi ni kivinjari kipi chaguomsingi</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Toleo hili la Android halisemi ni aina gani ya kufunga. Ikiwa ni mchoro, ibadilishe kuwa PIN yenye nambari 6 au zaidi, au nenosiri.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Toleo hili la Android halionyeshi ni kompyuta zipi linaziamini kwa utatuzi wa USB. Huenda kompyuta nyingine pia zimeruhusiwa. Zibatilishe zote hardener ikimaliza.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Toleo hili la Android halina Ulinzi wa Hali ya Juu</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Toleo hili la Android halina Ukaguzi wa Utambulisho</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Toleo hili la Android halina kitufe cha “Funga sasa”</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Simu hii ya Xiaomi hukataa mabadiliko kutoka kwenye kompyuta hadi “Utatuzi wa USB (Mipangilio ya usalama)” uwashwe. Fungua Mipangilio, kisha Chaguo za wasanidi programu, uuwashe (huenda simu ikakuomba uingie katika akaunti ya Mi), kisha ubonyeze “Jaribu tena”.</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Programu hii inaweza kujua mahali ulipo wakati wote, au kusoma jumbe zako za maandishi au rekodi ya simu zilizopigwa. Programu nyingi hazihitaji hilo. Ondoa isichohitaji.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Programu hii inaweza kuweka madirisha yake juu ya programu nyingine. Programu hatari hutumia hili kuonyesha skrini bandia zinazoiba PIN au nenosiri. Viputo vya mazungumzo na vitufe vya kutafsiri hutumia hili pia.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Programu hii haikutoka kwenye duka la programu, na inaweza kufikia mambo yako ya faragha. Programu za upelelezi hufanya kazi hivi. Ikiwa huijui programu hii, weka kumbukumbu na utafute msaada kabla ya kuiondoa.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Programu hii ina jina ambalo ni programu za Android zenyewe tu hutumia, lakini haikuja na simu. Programu za upelelezi hujificha nyuma ya majina kama haya. Usiiondoe bado: ikiwa inapeleleza, kuiondoa kunaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Programu hii imetengenezwa kufuatilia simu, kwa mfano kama “udhibiti wa wazazi”. Ikiwa hukuisakinisha wewe mwenyewe, huenda mtu anafuatilia unachofanya. Usiiondoe bado: weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Programu hii imo kwenye orodha za umma za programu za upelelezi (stalkerware): programu zinazojificha kwenye simu na kutuma jumbe, mahali, picha na simu kwa mtu mwingine. Usiiondoe bado: hilo linaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Programu hii imewekwa kama VPN iliyowashwa kila mara, kwa hiyo kila kitu simu inachotuma hupita ndani yake. Ilisakinishwa kutoka nje ya duka la programu. Ikiwa hukuichagua wewe, usiiondoe bado: ikiwa inapeleleza, kuiondoa kunaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Programu hii imewekwa kama chaguomsingi kwa jumbe au simu, kwa hiyo inazipokea zote, hata misimbo ya kuingia katika akaunti. Haikuja na simu. Ikiwa uliichagua wewe, hakikisha unamwamini aliyeitengeneza.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Programu hii imewekwa kama chaguomsingi kwa jumbe au simu, kwa hiyo inazipokea zote, hata misimbo ya kuingia katika akaunti. Ilisakinishwa kutoka nje ya duka la programu. Usiiondoe bado: ikiwa inapeleleza, kuiondoa kunaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Programu hii inaweza kuweka programu mpya kwenye simu. Hivyo ndivyo mara nyingi programu za upelelezi huingia. Isipokuwa unaitumia kusakinisha programu kwa makusudi, iondolee ruhusa hii.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Programu hii inaweza kurekodi au kutiririsha kila kitu kwenye skrini yako, ikiwemo maonyesho na mazungumzo, bila kukuuliza kwanza. Rekodi za maonyesho hutumiwa kuwatishia watu. Iache ruhusa hii tu kwa programu uliyochagua.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Programu hii hulinda simu, kwa mfano kwa kukagua programu kutafuta upelelezi. Imezimwa. Programu za upelelezi, au watu wanaozisakinisha, hufanya hivi ili wasigunduliwe.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Programu hii huona kila arifa: mwanzo wa jumbe, misimbo, miadi, anayepiga simu. Programu za upelelezi hutumia hili. Iache tu kwa programu unazohitaji, kama programu ya saa janja.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Programu hii hupakia orodha yako ya anwani kwenye seva zake, ambako watu usiowajua wanaweza kutafuta majina ambayo watu wameipa nambari ya simu. Nambari za wateja na wenzako kazini, na majina uliyowahifadhi nayo, hutoka kwenye simu.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Programu hii haikusakinishwa kutoka kwenye duka la programu na haionekani kwenye orodha ya programu, kwa hiyo ni rahisi kuipita bila kuiona. Je, unaijua? Mara nyingi programu za upelelezi hujificha hivi. Usiiondoe bado: ikiwa inapeleleza, kuiondoa kunaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Programu hii haikusakinishwa kutoka kwenye duka la programu, haina aikoni kwenye orodha ya programu, na inaweza kufanya kile ambacho programu za upelelezi hufanya: {powers}. Hii ndiyo dalili ambayo wataalamu huitafuta. Usiiondoe bado: ikiwa inapeleleza, kuiondoa kunaweza kumtahadharisha mtu aliyeisakinisha. Weka kumbukumbu na uandae mpango wa usalama kwanza.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Kivinjari hiki huhifadhi historia yako na akaunti ulizoingia, ambazo yeyote anayefungua simu anaweza kusoma. Kwa kazi, kivinjari cha faragha huhifadhi machache, au tumia vichupo fiche na ufute historia.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Hili haliwezi kutenduliwa.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Kompyuta hii hairuhusu hardener kutumia mlango wa USB. Kwenye Linux, sakinisha kifurushi “android-sdk-platform-tools-common” (kinaongeza kanuni za USB), kisha uchomeke simu tena.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>Kompyuta hii haina mahali salama pa kuhifadhi ufunguo wa hardener (“keyring”). Kwenye Linux, sakinisha na ufungue GNOME Keyring au KWallet (kwa mfano: sudo apt install gnome-keyring), kisha ujaribu tena. hardener haihifadhi kamwe ufunguo katika faili la kawaida.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>Kompyuta hii haina mahali salama pa kuhifadhi ufunguo wa hardener: hardener huuhifadhi katika Windows Credential Manager, ambayo haikujibu. Ingia katika Windows kwa akaunti yako mwenyewe (si akaunti ya mgeni), kisha ujaribu tena. hardener haihifadhi kamwe ufunguo katika faili la kawaida.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>Kompyuta hii haina mahali salama pa kuhifadhi ufunguo wa hardener: hardener huuhifadhi katika macOS Keychain, ambayo haikujibu. Fungua programu ya Keychain Access, hakikisha keychain ya “login” ipo na imefunguliwa, kisha ujaribu tena. hardener haihifadhi kamwe ufunguo katika faili la kawaida.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>Nakala hii ya hardener haina wasifu wake (hali ambazo hupangia mabadiliko). Sakinisha hardener tena.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Hili halikuweza kubadilishwa kutoka kwenye kompyuta.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>Programu hii ya kutafuta wapenzi inajua mahali ulipo hasa. Polisi wametumia programu za kutafuta wapenzi kuwatafuta wafanyabiashara ya ngono. Mahali pa takriban panatosha kukutana na watu walio karibu.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>Programu hii ya kutafuta wapenzi inajua mahali ulipo hasa. Polisi wametumia programu za kutafuta wapenzi kuwatafuta wafanyabiashara ya ngono. Toleo hili la Android halina chaguo la mahali pa takriban: ruhusu Mahali wakati tu unatumia programu, au usiruhusu kabisa.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Huu ni muhtasari wa ukaguzi wa usalama wa simu hii: kilichopatikana, kilichobadilishwa, unachoweza bado kufanya mwenyewe, na la kufanya ikiwa simu itachukuliwa siku yoyote.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>Hii ni programu ya kawaida, lakini inaweza pia kutumiwa kumfuatilia mtu: kwa mfano kifuatiliaji cha mahali, kirekodi cha simu au programu ya kudhibiti ukiwa mbali. Je, uliisakinisha wewe, na kwa nini?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Programu hii ya kutuma ujumbe hutumia anwani zako kuonyesha ni nani mwingine anayeitumia, na watu walio na nambari yako wanaweza kuona kwamba unaitumia. Ikiwa hilo linaweza kukufichua, itumie kwa nambari tofauti.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Simu hii</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>Simu hii pia ina {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>Simu hii ina nambari mbili</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>Simu hii ina SIM kadi moja inayotumika na WhatsApp moja. Ukiitumia kwa kazi, weka nambari yako ya binafsi kwenye simu nyingine.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Simu hii inasimamiwa na {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>Simu hii ina rekodi iliyofungwa ya mabadiliko yaliyofanywa katika ziara ya awali. Kwa msimbo wake wa kutendua, ripoti hii inayaorodhesha.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>Simu hii ina rekodi ya kutendua kutoka ziara ya awali. Andika msimbo wake wa kutendua ili kuitumia, au futa rekodi (mabadiliko ya awali yatabaki, na hayawezi kutenduliwa tena).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Muhtasari huu hauhifadhiwi kwenye kompyuta ulipotengenezwa. Ukihifadhi nakala, iweke mahali salama, au uifute wakati huihitaji tena.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Msimbo huu wa kutendua haufungui rekodi iliyo kwenye simu hii. Kagua msimbo na ujaribu tena.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>Hili liliachwa kama lilivyokuwa, kwa sababu halikuchaguliwa.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Ili kurudisha mabadiliko, unganisha simu tena na programu iliyotumika kwa ukaguzi huu, kwenye kompyuta yoyote, na uchague Tendua.</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>Zana ambazo polisi hutumia kufungua simu hufanya kazi vizuri zaidi kwenye simu zisizopata masasisho ya usalama. Simu ya zamani ambayo haipati tena masasisho ni rahisi zaidi kuingiliwa, hata ikiwa na PIN nzuri.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>Zana zinazofungua simu zilizokamatwa hufanya kazi vizuri zaidi kwenye simu zisizopata masasisho.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Imetafsiriwa kutoka kwenye mwongozo wa Kiingereza.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Programu za kutafsiri huhifadhi ulichoandika au ulichosema, mara nyingi mazungumzo na wateja. Polisi wametumia historia hii kuthibitisha kwamba watu ni wafanyabiashara ya ngono. Ifute mara kwa mara.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Programu za kutafsiri: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>Historia ya tafsiri husomwa ili kuthibitisha biashara ya ngono, na kisha kumfukuza mtu nchini.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Tafsiri zilizohifadhiwa katika akaunti yako: hazikuweza kusomwa</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>Historia ya mtafsiri</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Safiri ukiwa na akaunti unazohitaji tu</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Jaribu tena; likiendelea, huenda simu inakataa kuifuta (kagua hifadhi yake).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Washa Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Washa jumbe zinazotoweka, na ufute mazungumzo na picha usizohitaji.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Washa tena muda wa kuisha kwa idhini</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Washa tena programu ya usalama</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>SIM kadi mbili, au WhatsApp pembeni ya WhatsApp Business, mara nyingi humaanisha kazi na maisha binafsi kwenye simu moja. Ikichukuliwa, maisha yote mawili yako mikononi mwa mtu mmoja. Simu tofauti ya kazi ndiyo salama zaidi.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>Utatuzi wa USB na utatuzi usiotumia waya umewashwa</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Utatuzi wa USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>Utatuzi wa USB na chaguo za wasanidi programu zimezimwa</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Utatuzi wa USB na kompyuta zinazoaminiwa</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>Idhini za utatuzi wa USB huisha muda</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Muda wa kuisha kwa utatuzi wa USB: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>Utatuzi wa USB sasa umezimwa. Muunganisho umekatika, kama ilivyotarajiwa.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>Utatuzi wa USB umezimwa kwenye simu hii, kwa hiyo hardener haiwezi kuwasiliana nayo.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>Utatuzi wa USB umewashwa</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>Utatuzi wa USB umeachwa ukiwa umewashwa, ili uweze kujaribu tena.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Utatuzi wa USB: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Msimbo wa kutendua (ulioonyeshwa mabadiliko yalipofanywa): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Msimbo wa kutendua mabadiliko haya: {code}   (uandike sasa, uweke mbali na simu)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Msimbo wa kutendua: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>Ungependa kuyatendua?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Fungua simu na uguse “Ruhusu” kwenye ujumbe wa “Ungependa kuruhusu utatuzi wa USB?”…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Hadi utakapoweka PIN yako tena, alama ya kidole, uso na Smart Lock haziwezi kufungua simu.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Ya dharura</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>Ufikiaji wa matumizi huionyesha programu kila programu unayofungua, na kwa muda gani. Programu za upelelezi huutumia kutoa taarifa kukuhusu. Programu chache zinauhitaji.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>Ufikiaji wa matumizi huonyesha ni programu zipi unazotumia, na lini.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Ufikiaji wa matumizi: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Tumia “Funga sasa” wakati simu inaweza kuchukuliwa</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Tumia PIN, si uso au kidole chako</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Tumia VPN iliyowashwa kila mara</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Tumia simu ambayo mpelelezi haijui kuomba msaada</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Tumia nambari tofauti kwa kazi</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Tumia simu au SIM tofauti kwa kazi</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Tumia mbinu imara ya kufunga skrini</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Watumiaji/wasifu:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN na mtandao</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: fanya jumbe zitoweke</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>ONYO: badiliko %n linagusa programu ya upelelezi, kama ulivyochagua (--touch-spying-apps).</numerusform>
    <numerusform>ONYO: mabadiliko %n yanagusa programu ya upelelezi, kama ulivyochagua (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Kupelelezwa au kutishiwa na mpenzi au mteja</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>WeChat haina jumbe zinazotoweka. Kabla ya wakati wa hatari, fungua Mimi, kisha Mipangilio, kisha Jumla, kisha Dhibiti Hifadhi, na ufute historia ya mazungumzo usiyoihitaji.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: futa mazungumzo ya zamani</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Kazi ya kamera ya wavuti na ya maudhui</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>Kile akaunti zinachonakili: hakikuweza kusomwa</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>Kilichobadilishwa</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>Kilichopatikana</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: fanya jumbe zitoweke</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: fanya jumbe zitoweke</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Programu inapoomba kurekodi au kutuma skrini yako, usiweke kamwe alama kwenye “Usionyeshe tena”. Mipangilio ya simu haina swichi ya kurudisha hili: acha hardener ilizuie, au uondoe programu.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>hardener ikimaliza, fungua Mipangilio, kisha Chaguo za wasanidi programu, na uzime Utatuzi usiotumia waya.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>hardener ikimaliza, fungua Mipangilio, kisha Chaguo za wasanidi programu, gusa “Batilisha idhini za utatuzi wa USB” na uthibitishe. Kila kompyuta, hata hii, italazimika kuruhusiwa tena. Kisha zima utatuzi wa USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Wakati ni salama kufanya hivyo, fungua Mipangilio, kisha Usalama. Angalia alama za vidole, uso na vifaa vinavyoaminika. Kuondoa kimoja ambacho mtu mwingine aliongeza kunaweza kumtahadharisha: panga kwanza.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>VPN inapokatika au kuunganisha upya, programu zinaweza kuunganisha bila hiyo kwa muda mfupi. Washa “Zuia miunganisho isiyotumia VPN” ili hilo lisitokee kamwe.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>Simu inapofungwa</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Ukiwa umeingia katika akaunti, Google inaweza kuhifadhi unachotafsiri katika akaunti yako ya Google, mbali na simu. hardener haiwezi kuona wala kufuta nakala hiyo. Unaweza kuifuta mwenyewe.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>Programu zilikotoka: haikuweza kusomwa</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Simu ikiwa imechomekwa, skrini yake haizimi kamwe, kwa hiyo haijifungi kamwe. Yeyote anaweza kuichukua kutoka kwenye chaja na kuitumia.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Yeyote anayejua nenosiri la akaunti anaweza kuona inachohifadhi (jumbe, picha, anwani, mahali) kutoka popote, bila simu. Hakikisha unaijua kila akaunti iliyo hapa, na utenganishe akaunti za kazi na za binafsi.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>Sababu: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>Kutafuta Wi-Fi na Bluetooth kumezimwa</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Kutafuta Wi-Fi na Bluetooth: hakukuweza kusomwa</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Msimbo wa kuoanisha wa Wi-Fi unaoonyeshwa kwenye simu: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Kutafuta Wi-Fi hata Wi-Fi ikiwa imezimwa</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>Windows Credential Manager, ambamo hardener huhifadhi ufunguo wake, haikufunguka. Toka kwenye Windows na uingie tena, kisha ujaribu tena.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows hairuhusu hardener kutumia muunganisho wa USB wa simu yenyewe. Sakinisha Platform-Tools ya Google na kiendeshi cha USB cha simu, endesha “adb devices” mara moja, kisha uchague simu “kupitia adb ya Google” kwenye orodha.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>Utatuzi usiotumia waya umezimwa</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>Utatuzi usiotumia waya umewashwa</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Utatuzi usiotumia waya: haukuweza kusomwa</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>Kukiwa na Ukaguzi wa Utambulisho, mtu aliyekutazama ukiandika PIN yako hawezi kuitumia peke yake kubadilisha mbinu ya kufunga au kuzima kinga. Simu hii inao; haikuonyesha kuwa umewashwa.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Bila VPN, mtandao uliopo unaweza kuona ni tovuti na programu zipi unazotumia.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Bila VPN, mtandao unaotumia (wa hoteli, Wi-Fi ya mteja, kampuni ya simu) unaweza kuona ni tovuti na programu zipi unazounganisha nazo. VPN huwaficha hilo.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Bila mbinu ya kufunga skrini, muda huu hausaidii chochote. Weka PIN kwanza.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Bila usimbaji fiche, kilichomo kwenye simu kinaweza kunakiliwa kwa zana, hata ikiwa imefungwa. Simu za zamani zinaweza kusimba kwa njia fiche kupitia Mipangilio; simu mpya zaidi hufanya hivyo kila mara.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Bila maikrofoni na anwani, programu ya kutafsiri huhifadhi machache kukuhusu.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Kazi na maisha binafsi</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Inafaa kurekebishwa</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 yenye MIUI 14 (Android 13) na “Utatuzi wa USB (Mipangilio ya usalama)” umezimwa: mabadiliko ya ruhusa na kuandika mipangilio salama yanakataliwa.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Unaweza kulifanya mwenyewe katika programu ya Mipangilio ya simu.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Haya unayafanya mwenyewe kwenye simu:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Utahitaji msimbo wa kutendua uliopewa mabadiliko yalipofanywa.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Utahitaji msimbo huu wa kutendua: {code}. Weka ukurasa huu mbali na simu.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Huenda akaunti yako ya Google inahifadhi tafsiri zako</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Intaneti yako inapitia kwenye kompyuta nyingine</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Kibodi yako ni {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>PIN, mchoro au nenosiri limewekwa</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>Sehemu ya Faragha</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>programu ya kutambua anayepiga simu</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>programu ya hifadhi ya wingu</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>programu ya kutafuta wapenzi</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>programu ya kutuma ujumbe</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>programu ya ufuatiliaji</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>ruhusa</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>nakala ya pili ya programu (programu pacha)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>programu ya mitandao ya kijamii</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>programu ya upelelezi</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>programu ya kutafsiri</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>wasifu wa kazini</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>huduma za ufikivu</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>akaunti</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>imeruhusiwa</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>tayari imefanyika</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>programu</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>duka la programu</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>mtumiaji mwingine</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>aikoni za programu</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>ruhusa za programu</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>sahihi na majina ya programu</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>hifadhi ya programu</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>matumizi ya programu</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>programu</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>kuhifadhi nakala</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>imezuiwa</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>vitambuzi vya mwili</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>kalenda</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>rekodi ya simu zilizopigwa</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>kamera</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>inaweza kusoma arifa zako</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>haiwezi kusoma arifa zako</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>vyeti vilivyoongezwa kwenye simu</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>imefutwa</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>kompyuta zinazoaminiwa kwa utatuzi wa USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>anwani</translation>
  </message>
  <message>
   <source>default</source>
   <translation>chaguomsingi</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>programu chaguomsingi za SMS na simu</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>kivinjari chaguomsingi</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>wasimamizi wa kifaa</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>kuonekana juu ya programu nyingine</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>imesimbwa kwa njia fiche</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>imesimbwa kwa njia fiche (kila faili)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>imesimbwa kwa njia fiche (diski nzima)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>kipengee {number} cha rekodi kimeharibika ({problem}); kagua kwa mkono</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>alama za vidole na uso</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>weka msimbo wa kuoanisha (tarakimu sita ambazo simu inaonyesha).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener ililinganisha kila programu kwenye simu hii na orodha za umma za programu za upelelezi (stalkerware). Hakuna iliyolingana. Orodha hizo hazijakamilika: ikiwa mtu anaonekana kujua mambo ambayo hapaswi kuyajua, tafuta msaada ili kukagua zaidi.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener haikuweza kusoma hili kutoka kwenye simu, kwa hiyo haiwezi kusema kilichopo. Tafadhali likague kwenye simu mwenyewe. Hitilafu iliyotokea: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener haikuweza kuhifadhi rekodi yake ya kutendua kwenye simu, kwa hiyo haikubadilisha chochote. Hakikisha simu ina nafasi, kisha ujaribu tena.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener haikupata tatizo katika kile ilichoweza kusoma, lakini haikuweza kusoma kila kitu inachohitaji kwa hili, kwa hiyo haiwezi kusema kwamba hili liko sawa. Tafadhali likague kwenye simu mwenyewe. Kilichokosekana: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener ilikutana na tatizo katika mojawapo ya ukaguzi wake yenyewe ({check}), kwa hiyo sehemu hii ya simu haikutathminiwa. Tafadhali liripoti; matokeo mengine bado ni halali.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener haihifadhi kitu kingine chochote kwenye kompyuta hii. Ripoti ulizohifadhi mwenyewe ziko pale ulipozihifadhi.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener haijui programu yoyote ya kutuma ujumbe kwenye simu hii. Ikiwa unatumia moja, washa jumbe zake zinazotoweka.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener inahitaji utatuzi wa USB ili ifanye kazi. Ukimaliza, uzime: simu yenye utatuzi uliowashwa ni rahisi zaidi kunakiliwa. Hatua ya mwisho, Maliza, hufanya hivi kwa ajili yako.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>historia na data zilizohifadhiwa kwenye simu</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>kuwa na haki za msimamizi wa kifaa</translation>
  </message>
  <message>
   <source>location</source>
   <translation>mahali</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>mahali wakati wote</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>imefungwa kabisa hadi PIN iwekwe</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS hairuhusu hardener kutumia muunganisho wa USB wa simu yenyewe. Sakinisha Platform-Tools ya Google, endesha “adb devices” mara moja, kisha uchague simu “kupitia adb ya Google” kwenye orodha.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>jumbe</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>maikrofoni</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>vifaa vilivyo karibu</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>hakuna (mtu yeyote anaweza kufungua simu)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>kawaida</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>hairuhusiwi</translation>
  </message>
  <message>
   <source>off</source>
   <translation>imezimwa</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>ya zamani: uliza kuhusu masasisho</translation>
  </message>
  <message>
   <source>on</source>
   <translation>imewashwa</translation>
  </message>
  <message>
   <source>password</source>
   <translation>nenosiri</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>mchoro (rahisi kuutazama na kuukisia)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>imesitishwa</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>simu</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>muundo wa simu na toleo la Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>picha</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>picha na faili</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>kusoma arifa</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>kusoma skrini</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>inasoma {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>ya hivi karibuni</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>mbinu ya kufunga skrini</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>kurekodi skrini</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>mipangilio</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>limerukwa, simu iliripoti jina lisilo salama: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>kutelezesha kidole tu (mtu yeyote anaweza kufungua simu)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>imezimwa</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>kusawazisha</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>jumbe za maandishi</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>haijulikani</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>haijulikani (simu haikusema)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>inatumika</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>ufikiaji wa matumizi</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>watumiaji na wasifu</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>ndiyo</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} inafanya kazi kama programu ya upelelezi</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} inaweza kuhifadhi nakala ya mazungumzo yako yote, picha na jumbe za sauti kwenye Google Drive. hardener haiwezi kuona kama inafanya hivyo, kwa hiyo tafadhali kagua. Yeyote anayeingia katika akaunti hiyo ya Google anaweza kusoma nakala hiyo.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} inaweza kutumiwa kumpeleleza mtu</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} inaweza kunakili picha na faili kwenye wingu</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} inaweza kuonekana juu ya programu nyingine</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} inaweza kusakinisha programu nyingine</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} inaweza kusoma arifa zako zote</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} inaweza kusoma anwani zako</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} inaweza kusoma mawasiliano yako ya intaneti</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} inaweza kurekodi skrini yako bila kuuliza</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} inaweza kuona na kudhibiti skrini yako</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} inaweza kuona ni programu zipi unazotumia na lini</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} inaweza kutumia: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} haikutoka kwenye duka la programu</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} inapokea jumbe zako za maandishi</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} inashughulikia simu zako</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} ina haki za msimamizi wa kifaa</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} haina aikoni kwenye orodha ya programu</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} imewashwa kila mara na huzuia mawasiliano yasiyopita ndani yake</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} imewashwa kila mara, lakini mawasiliano yanaweza kutoka bila kupita ndani yake</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} huhifadhi historia ya unachotafsiri</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} sasa haihifadhi karibu chochote kwenye simu</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} inajua mahali ulipo hasa</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} inaweza kunakili mazungumzo yako kwenye wingu</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} inaweza kupakia picha au faili zako kwenye wingu lake. hardener haiwezi kuona inachopakia, kwa hiyo tafadhali kagua. Yeyote anayeingia katika akaunti anaweza kuziona.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} inajifanya kuwa sehemu ya Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} huweka mahali ulipo ndani ya kila picha</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} husoma skrini bila kuonekana kwenye orodha</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; hapana (hakuna terminal ya kuuliza)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>Akaunti ya {service} {account} inanakili: {data}</translation>
  </message>
 </context>
</TS>
