<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>%v changements faits sur %m</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Annuler</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Changement</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Les changements et leur état</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Changements faits jusqu'ici</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Changement du téléphone en cours…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Laissez le téléphone branché. hardener écrit d'abord un fichier de restauration sur le téléphone.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>Non, passer</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Question : le réglage d'avant ne pourra pas être restauré</translation>
  </message>
  <message>
   <source>State</source>
   <translation>État</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Arrêter de changer le téléphone (Échap)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Arrêt en cours…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Le réglage d'avant ne pourra pas être restauré</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Oui, pour les %n applis de ce type</numerusform>
    <numerusform>Oui, pour les %n applis de ce type</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Oui, le faire</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change} : {subject}
Maintenant : {now}. Après : {after}.
Le réglage d'avant ne pourra pas être restauré. Faire ce changement ?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Vérification…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Vérification impossible</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Fait</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>C'est fait</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>C'est fait : vérifier à nouveau</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Pas encore</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Arrêter la vérification</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>À faire</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener a vérifié le téléphone : c'est fait.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener a vérifié le téléphone : ce n'est pas encore fait. Refaites les étapes.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener n'a pas pu le vérifier sur le téléphone. Assurez-vous que c'est fait.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener relit le téléphone…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener relit le téléphone pour vérifier cette étape</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>À propos du point choisi</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Vérifier à nouveau</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Choisissez une ligne à gauche pour en savoir plus.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Choisir quoi changer</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Choisissez votre situation et voyez chaque changement avant qu'il soit fait</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>Ce qui a été trouvé, par groupe, le plus grave d'abord</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminer</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>Extrait du guide du NSWP « Sécurité numérique », partie : {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Gravité</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Désactiver le débogage USB et terminer</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>Ce que hardener a trouvé</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>Ce que hardener a vu sur le téléphone</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>Ce que vous pouvez faire</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>Pourquoi c'est important</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener a trouvé %n point à corriger</numerusform>
    <numerusform>hardener a trouvé %n points à corriger</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener n'a rien trouvé à corriger dans ce qu'il a pu vérifier</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener n'a rien trouvé d'urgent à corriger</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>%n chose reste à faire sur le téléphone. Vous seul·e pouvez la faire.</numerusform>
    <numerusform>%n choses restent à faire sur le téléphone. Vous seul·e pouvez les faire.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Un PDF ou une page web, là où vous choisissez</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Retour</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Annuler</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Met fin à la connexion avec le téléphone</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminer</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>Il n'a pas pu être effacé, donc le débogage USB est resté activé. Revenez en arrière et réessayez Terminer.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Garder la possibilité de restaurer les réglages plus tard. Quelqu'un qui fouille le téléphone peut voir que ses réglages ont été changés.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Faire oublier cet ordinateur au téléphone</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Personne suivante : tout effacer</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>Sur le téléphone, ouvrez Paramètres, puis Options pour les développeurs (souvent dans « Système »). Si vous ne trouvez pas Options pour les développeurs, elles sont déjà désactivées : c'est fini.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Efface de l'écran et de la mémoire tout ce qui concerne ce téléphone</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Rapport enregistré : {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Enregistrer d'abord un rapport</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Voir ce qui reste à faire</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Arrêter (Échap)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Désactiver le débogage USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Désactivez « Utiliser les options pour les développeurs », en haut de l'écran.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Désactivation du débogage USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Appuyez sur « Révoquer les autorisations de débogage USB », puis sur « OK ».</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>Le téléphone n'a pas confirmé. Désactivez le débogage sur le téléphone : suivez les étapes ci-dessous.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Le rapport n'a pas pu être enregistré : {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>Le fichier de restauration est toujours sur le téléphone</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Cela prend quelques secondes.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Pour restaurer les réglages plus tard, il vous faudra le code de restauration qui vous a été donné.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Pour restaurer les réglages plus tard, il vous faudra ce code de restauration : %1. Gardez-le à part du téléphone.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Le débogage USB est désactivé</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>Le débogage USB est peut-être encore activé</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Débranchez le téléphone.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Vous pouvez débrancher le téléphone. Une dernière étape sur le téléphone :</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>hardener désactive maintenant le débogage USB et les Options pour les développeurs sur le téléphone. Ensuite, le téléphone se déconnecte : c'est normal.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Les données biométriques, comme les empreintes digitales et les scans de l’iris, sont utilisées dans les passeports et aux frontières, ce qui est préoccupant lorsque les travailleuses et travailleurs du sexe sont des migrant·es en situation irrégulière.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Des données peuvent être recueillies par de nombreux canaux, comme les pages web, les applications, les services bancaires mobiles et la biométrie, sans que les travailleuses et travailleurs du sexe le sachent ou y consentent activement, ce qui fait peser des risques inacceptables sur leur sécurité et leur vie privée.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Protection des données, censure, organisation collective, sécurité et vie privée</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Les technologies numériques, comme les applications mobiles et les pratiques de surveillance biométrique, peuvent aussi servir à trouver, compter, identifier, suivre, retracer et punir les travailleuses et travailleurs du sexe ;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Pendant le confinement, il y a eu une sorte de « chasse » aux travailleuses et travailleurs du sexe via les réseaux [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>L’algorithme « Vous connaissez peut-être » de Facebook est connu pour rassembler dans Facebook les informations des utilisateurs venant de différentes plateformes et de différents appareils. Les comptes privés des travailleuses et travailleurs du sexe deviennent alors visibles sur les écrans de clients ou de membres de leur famille, ce qui supprime les protections qu’elles et ils avaient mises en place pour leur sécurité.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Par exemple, lorsque des travailleuses et travailleurs du sexe sont arrêté·es, leurs téléphones peuvent servir à obtenir des informations compromettantes pour les faire chanter et leur soutirer des pots-de-vin.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Bonnes pratiques</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Lois néfastes régissant les espaces numériques et leur impact sur la vie privée, la sécurité et le bien-être des travailleuses et travailleurs du sexe</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Introduction</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Les forces de l’ordre fouillent aussi les téléphones des travailleuses et travailleurs du sexe lors de leur arrestation, en prêtant une attention particulière à leurs messages et à leur historique Google Traduction.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Les forces de l’ordre fouillent aussi les téléphones des travailleuses et travailleurs du sexe lors de leur arrestation, en prêtant une attention particulière à leurs messages et à leur historique Google Traduction. Cela sert ensuite à prouver qu’elles et ils sont travailleuses ou travailleurs du sexe, et elles et ils sont alors condamné·es et/ou expulsé·es.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Revue de la littérature</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>De nombreux membres ont cité des cas où des données sensibles ont été obtenues par des personnes cherchant à exploiter et à maltraiter des travailleuses et travailleurs du sexe par le chantage et les menaces.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>De nombreuses personnes interrogées ont aussi indiqué que la police cible les sites web, les réseaux sociaux et les applications de rencontre pour recueillir des informations sur les travailleuses et travailleurs du sexe, afin d’exiger de l’argent ou des relations sexuelles.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Cartographier les lieux ou les endroits physiques fréquentés par les travailleuses et travailleurs du sexe est extrêmement sensible et potentiellement dangereux.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Recommandations</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Les prestataires de services et les travailleuses et travailleurs du sexe doivent savoir comment ces plateformes et applications en ligne peuvent utiliser les données collectées ou les partager avec des tiers comme des annonceurs, des actionnaires, et même des gouvernements.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Parmi les pratiques de sécurité numérique adoptées par les travailleuses et travailleurs du sexe figurent l’utilisation d’un VPN (réseau privé virtuel), le fait d’avoir des téléphones et des cartes SIM séparés pour le travail et pour la vie privée,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Parmi les pratiques de sécurité numérique adoptées par les travailleuses et travailleurs du sexe figurent l’utilisation d’un VPN (réseau privé virtuel), le fait d’avoir des téléphones et des cartes SIM séparés pour le travail et pour la vie privée, la protection par mot de passe, l’utilisation du chiffrement,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Le Code de procédure pénale (CPP) permet aux policiers ou à des tiers désignés d’obtenir toute donnée jugée nécessaire sans autorisation judiciaire.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>La révélation par d’autres personnes qu’une personne exerce le travail du sexe est une grande menace. Il y a toujours un risque que des clients trouvent le compte personnel de travailleuses et travailleurs du sexe.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>L’usage de la biométrie, de l’exploration et de la collecte de données, du microciblage, de la cartographie géographique, etc. dans les interventions numériques auprès des travailleuses et travailleurs du sexe est lourd de dangers et nuit à l’efficacité des services.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Il arrive que des photos ou des vidéos de travailleuses et travailleurs du sexe, tirées de shows par webcam, soient capturées par des personnes qui s’en servent ensuite pour les faire chanter.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>C’est aussi courant dans de nombreux pays quand une travailleuse ou un travailleur du sexe est arrêté·e : la police confisque son téléphone pour obtenir des informations sur d’autres travailleuses et travailleurs du sexe.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Cela peut à son tour exposer les travailleuses et travailleurs du sexe à être « outé·es », victimes de « doxxing » (la révélation en ligne d’informations permettant d’identifier quelqu’un), harcelé·es, traqué·es, victimes de chantage ou d’autres comportements abusifs qui mettent en danger leur bien-être et leur vie.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>toute collecte de données peut menacer la vie privée et la sécurité des travailleuses et travailleurs du sexe si elle tombe entre de mauvaises mains.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>le choix de navigateurs, de plateformes, de fournisseurs de messagerie, d’applications et d’autres outils de communication qui offrent de meilleures options de protection des données et de confidentialité.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>beaucoup de travailleuses et travailleurs du sexe préfèrent avoir une identité en ligne distincte pour le travail.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>des données sensibles peuvent finir entre les mains de personnes qui veulent nuire aux travailleuses et travailleurs du sexe, même quand on les croit à l’abri.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>Documents</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>Cacher cette fenêtre tout de suite et effacer tout ce qu'elle montre</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Partir vite (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Rester</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminer</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>« Terminer » désactive le débogage USB et efface le fichier de restauration. Laissé activé, il ouvre le téléphone à la prochaine personne qui l'aura en main.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Partir quand même</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>Le téléphone est en train d'être modifié. Partir maintenant peut laisser un changement à moitié fait.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>Le débogage USB est toujours activé</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>Le débogage USB est toujours activé : terminer d'abord ?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>&amp;Aide</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Langue</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>Personne &amp;suivante : tout effacer</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Quitter</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Session</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;Taille du texte</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Texte plus grand</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>Vérification arrêtée. Rien n'a été changé sur le téléphone.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Comment activer le &amp;débogage USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Grand</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Plus grand</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Très grand</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Normal</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Téléphone : {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Téléphone d'entraînement (pas un vrai téléphone)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Texte plus petit</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Arrêté. Le téléphone n'est pas connecté.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener : vérifier et protéger un téléphone</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Déjà bon</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Ne peut pas être restauré</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Changement en cours…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Corrigé</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Peut-être changé</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Pas corrigé</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>Pas restauré</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Restauré</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Laissé de côté</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>Le téléphone n'a pas accepté le changement. Certains téléphones le bloquent.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>Le téléphone n'a pas repris l'ancienne valeur.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>Le téléphone a répondu : {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>Le téléphone était déjà réglé ainsi.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>En attente</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>En cours…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Vous avez choisi de ne pas faire ce changement.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener n'a pas pu relire le réglage : il ne peut donc pas dire si cela a marché.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>Déjà bons : %n.</numerusform>
    <numerusform>Déjà bons : %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>Corrigés : %n.</numerusform>
    <numerusform>Corrigés : %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>Pas corrigés : %n (voyez pourquoi plus bas).</numerusform>
    <numerusform>Pas corrigés : %n (voyez pourquoi plus bas).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>Laissés de côté : %n.</numerusform>
    <numerusform>Laissés de côté : %n.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Un PDF ou une page web, là où vous choisissez</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Changement</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Vérifier à nouveau le téléphone et faire les changements refusés</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Terminé</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Terminé, avec des problèmes</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Terminé. Le réglage d'avant ne pourra pas être restauré.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Chaque changement et son résultat</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminer</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Remettre les valeurs d'avant</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Rapport enregistré : {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Résultat</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Enregistrer un rapport</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Reste à faire sur le téléphone : %n</numerusform>
    <numerusform>Reste à faire sur le téléphone : %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Désactiver le débogage USB et terminer</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Le rapport n'a pas pu être enregistré : {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Réessayer</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Code de restauration : %1. Il ne sert qu'à restaurer les réglages d'avant ces changements, plus tard, depuis un autre ordinateur. Notez-le et gardez-le à part du téléphone.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Restaurer les réglages d'avant</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>Ce que vous seul·e pouvez faire sur le téléphone, vérifié à nouveau</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Pourquoi</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>S'il n'y a pas d'« Options pour les développeurs », activez-les d'abord : suivez « Comment activer le débogage USB » jusqu'à « Options pour les développeurs ». Le téléphone et cet ordinateur doivent être sur le même réseau Wi-Fi.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>Sur l'écran « Débogage sans fil », l'adresse sous « Adresse IP et port » est celle pour se connecter. Son port n'est pas celui de l'association. Tapez-la aussi ci-dessous.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Ouvrez Paramètres et trouvez « Options pour les développeurs ». C'est souvent dans « Système ». Vous pouvez aussi taper « Développeur » dans la recherche en haut de Paramètres.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Ouvrez Paramètres. Appuyez sur « Paramètres supplémentaires » (ou « Paramètres système »), puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Ouvrez Paramètres. Appuyez sur « Paramètres supplémentaires », puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Ouvrez Paramètres. Appuyez sur « Système et mises à jour », puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Ouvrez Paramètres. Appuyez sur « Système », puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Ouvrez Paramètres. « Options pour les développeurs » est tout en bas : appuyez dessus.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Activez « Débogage sans fil ». Le téléphone demande « Autoriser le débogage sans fil sur ce réseau ? » : appuyez sur « Autoriser ».</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Appuyez sur les mots « Débogage sans fil » (pas sur l'interrupteur) pour ouvrir son écran. Puis appuyez sur « Associer l'appareil avec un code d'association ».</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>Le téléphone affiche un « Code d'association Wi-Fi » à six chiffres et une « Adresse IP et port ». Tapez les deux ci-dessous. Laissez cette fenêtre ouverte sur le téléphone jusqu'à ce que hardener dise qu'il est connecté.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Adresse pour se connecter (Adresse IP et port) :</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Adresse pour se connecter, par exemple 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Retour</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Se connecter par Wi-Fi avec un code d'association</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Pour les téléphones avec Android 11 ou plus récent, sans câble. Le programme « adb » de Google (Platform-Tools) fait l'association. Le téléphone fait alors confiance à la clé de ce programme, gardée dans un fichier du dossier personnel de cet ordinateur (.android/adbkey), et non à la clé de hardener. L'adb de Google garde aussi, dans ce dossier, une liste des téléphones associés (.android/adb_known_hosts.pb) : quelqu'un qui fouille cet ordinateur peut voir que des téléphones ont été associés. hardener ne l'efface pas.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>Le programme « adb » de Google, version {version}, fera l'association ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Recherche du programme « adb » de Google sur cet ordinateur…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marque du téléphone</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Autres téléphones</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Associer et connecter</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Adresse et port d'association, par exemple 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Adresse et port d'association :</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>L'association ne peut pas se faire depuis cet ordinateur. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Tapez d'abord les trois choses que le téléphone affiche : l'adresse d'association, le code et l'adresse pour se connecter.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Utiliser plutôt un câble USB</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Code d'association Wi-Fi, six chiffres</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Code d'association Wi-Fi :</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener n'a pas pu lancer le programme « adb » de Google.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>À propos du téléphone</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Paramètres supplémentaires</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Autoriser</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Autoriser le débogage ADB en mode recharge uniquement</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Autoriser le débogage USB ?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>Autoriser le débogage sans fil sur ce réseau ?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Toujours autoriser sur cet ordinateur</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Version d'Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Applications</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Batterie</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Numéro de build</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Annuler</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Recharge uniquement</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Refuser</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Options pour les développeurs</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Nom de l'appareil</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Affichage</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Transfert de fichiers</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>Adresse IP et port : 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Version de MIUI / Version de l'OS</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Modèle</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Réseau et Internet</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>OK</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Associer l'appareil avec un code QR</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Associer l'appareil avec un code d'association</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Associer à l'appareil</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Image d'un écran de téléphone</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Révoquer les autorisations de débogage USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>Révoquer l'accès au débogage USB pour tous les ordinateurs autorisés auparavant ?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Sécurité</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Paramètres</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Informations sur le logiciel</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Rester activé</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Système</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Système et mises à jour</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Appuyez sur : {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>Empreinte de la clé RSA de l'ordinateur : 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Débogage USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Débogage USB (paramètres de sécurité)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>Le débogage USB est conçu uniquement pour le développement.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Utiliser la connexion USB pour</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Utiliser les options pour les développeurs</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Utiliser le débogage sans fil</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Version</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Code d'association Wi-Fi : 482915
Adresse IP et port : 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Débogage sans fil</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>Vous êtes désormais développeur !</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>Autoriser</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Autoriser le débogage USB ?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Toujours autoriser sur cet ordinateur</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Refuser</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>Sur l'écran du téléphone d'entraînement (pas un vrai téléphone) :</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Écran du téléphone d'entraînement</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Téléphone d'entraînement : autoriser cet ordinateur</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Téléphone d'entraînement : refuser cet ordinateur</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>Empreinte de la clé RSA de l'ordinateur :</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Un profil contient une erreur</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Un autre programme utilise le téléphone</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Demande avant d'arrêter le programme adb sur cet ordinateur</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Revenir à l'association</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Retour au début</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Reconnecter</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Se connecter par le programme adb qui tient le téléphone, sans l'arrêter</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Détails pour la personne qui aide</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Comment activer le débogage USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Plus d'un téléphone</translation>
  </message>
  <message>
   <source>No</source>
   <translation>Non</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>Aucun téléphone trouvé</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>Pas d'endroit sûr pour la clé de hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>Rien ne répond à cette adresse</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>Rien n'a été changé</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>Rien n'a été changé sur le téléphone.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>L'association ne peut pas se faire depuis cet ordinateur</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Certains changements sont peut-être déjà faits. Reconnectez le téléphone : hardener vous les montrera et proposera de les terminer ou de restaurer les réglages d'avant.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Certains réglages ne sont peut-être pas encore restaurés. Reconnectez le téléphone pour finir de les restaurer.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Un problème est survenu</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Arrêter l'autre programme…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Arrêté</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>Le port USB n'est pas autorisé</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>La connexion avec le téléphone a été perdue</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>Le trousseau est verrouillé</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>Le téléphone n'a pas accepté l'association</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>Le téléphone n'a pas autorisé cet ordinateur</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>Le téléphone ne répond pas</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>Le téléphone n'a pas encore autorisé cet ordinateur</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Cette adresse ne peut pas être utilisée</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Ce n'est pas un code d'association</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Cela arrête le programme « adb » sur cet ordinateur. Si quelqu'un d'autre l'utilise (par exemple Android Studio), sa connexion au téléphone sera coupée. L'arrêter ?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Réessayer</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Le débogage USB est désactivé</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>Le débogage USB est peut-être encore activé. Reconnectez le téléphone et appuyez sur Terminer, ou désactivez-le sur le téléphone.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>L'utiliser</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Oui, l'arrêter</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener a rencontré un problème inattendu. Plus rien ne sera fait sur le téléphone.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>La clé de hardener est abîmée</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>Aussi dans une deuxième langue, côte à côte (par exemple celle de la formatrice ou du formateur) ?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Seulement dans cette langue</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Page web (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Enregistrer le rapport</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>Ne rien changer sur ce téléphone</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>N'en parlez encore à personne pour l'affronter. Supprimer ou modifier l'appli peut alerter la personne qui l'a installée.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Demandez de l'aide : une organisation de travailleuses et travailleurs du sexe, un service contre les violences conjugales ou une ligne d'aide en sécurité numérique peut vous aider à décider quoi faire.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Continuer, et changer aussi cette appli</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Continuer, sans toucher à cette appli</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Faites d'abord un plan de sécurité : où vous pouvez aller, et qui appeler si la situation empire.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Seulement si vous avez un plan de sécurité : la personne qui l'a installée peut s'en rendre compte</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>Les autres changements restent possibles ; rien n'est changé pour cette appli</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Arrêtez-vous et lisez : une appli qui peut espionner ce téléphone a été trouvée</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>M'arrêter ici</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>L'appli peut voir ce qui est fait sur ce téléphone, y compris les changements faits maintenant.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>Annuler</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>Nouvelle vérification du téléphone…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Vérification du téléphone…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Quelle part du téléphone est lue</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Parties du téléphone déjà lues</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Lu : {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Arrêter la vérification (Échap)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Arrêt en cours…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener lit les réglages du téléphone. Il ne change rien.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>Déjà faits : %n.</numerusform>
    <numerusform>Déjà faits : %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>%n changement a été mis de côté, car un nom sur le téléphone ne semblait pas sûr.</numerusform>
    <numerusform>%n changements ont été mis de côté, car un nom sur le téléphone ne semblait pas sûr.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>%n d'entre eux ne pourra pas être restauré : on vous demandera encore votre accord.</numerusform>
    <numerusform>%n d'entre eux ne pourront pas être restaurés : on vous demandera encore votre accord.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>Après</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Déjà fait</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Retour à ce qui a été trouvé</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Peut être restauré</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Ne peut pas être restauré</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Changement</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Changer le téléphone comme dans la liste</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Changements que hardener va faire</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Choisissez une situation à gauche.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Choisissez la situation la plus proche de la vôtre. Vous voyez chaque changement avant qu'il soit fait.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Chaque changement, avec la valeur actuelle et celle d'après</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Pour une personne qui aide : {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Faire ces changements</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Maintenant</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Situations</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Étapes à faire vous-même sur le téléphone</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>Le téléphone est déjà réglé ainsi. Rien à changer.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Ce choix ne change rien sur le téléphone.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Restaurable ?</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>Quelle est votre situation ?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener va faire %n changement.</numerusform>
    <numerusform>hardener va faire %n changements.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Un téléphone branché en USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Un téléphone en Wi-Fi (adresse)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Adresse du téléphone en Wi-Fi, par exemple 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Vérifier et protéger un téléphone</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Connecter</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Se connecter par Wi-Fi avec le code d'association du téléphone, par le programme adb de Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Branchez le téléphone à cet ordinateur. hardener le vérifie, explique ce qu'il trouve et peut changer des réglages pour le rendre plus sûr. Il ne garde sur cet ordinateur aucune information sur le téléphone.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Se connecter au téléphone choisi</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Comment activer le débogage USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Chercher à nouveau</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Chercher à nouveau les téléphones branchés en USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Aucun téléphone trouvé pour l'instant. Le programme « adb » de Google est sur cet ordinateur mais ne fonctionne pas : lancez une fois « adb devices » dans son dossier, puis branchez le téléphone, déverrouillez-le et activez le débogage USB. hardener passe alors par lui.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Aucun téléphone trouvé pour l'instant. Branchez-le avec un câble USB, déverrouillez-le et activez le débogage USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Téléphones trouvés en USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Téléphone d'entraînement (pas un vrai téléphone)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>Le téléphone demande un code d'association (Android 11 et plus récent)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Tapez d'abord l'adresse du téléphone, par exemple 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Quel téléphone d'entraînement</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, par adb de Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (par adb de Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name} : ne répond pas (par adb de Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name} : cet ordinateur n'autorise pas le port USB (par adb de Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name} : attend « Autoriser » sur le téléphone (par adb de Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name} : {state} (par adb de Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n chose que vous seul·e pouvez faire sur le téléphone. Faites-la, puis appuyez sur « C'est fait » : le téléphone est vérifié à nouveau.</numerusform>
    <numerusform>%n choses que vous seul·e pouvez faire sur le téléphone. Faites chacune, puis appuyez sur « C'est fait » : le téléphone est vérifié à nouveau.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Retour</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminer</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>Il ne reste rien à faire sur le téléphone dans ce qui a pu être vérifié.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Reste à faire sur le téléphone</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Désactiver le débogage USB et terminer</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>%n changement ne peut pas être restauré (par exemple, un historique d'appli effacé).</numerusform>
    <numerusform>%n changements ne peuvent pas être restaurés (par exemple, un historique d'appli effacé).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n valeur n'a pas pu être restaurée : voyez pourquoi plus bas.</numerusform>
    <numerusform>%n valeurs n'ont pas pu être restaurées : voyez pourquoi plus bas.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n valeur est revenue comme avant.</numerusform>
    <numerusform>%n valeurs sont revenues comme avant.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Un code de restauration a 12 lettres et chiffres, comme 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Retour</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Annuler</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Changement</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Changements dans le fichier de restauration</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Vérifier à nouveau le téléphone</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Vérifier le téléphone ; ne rien changer</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Effacer le fichier</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminer</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Terminer les derniers changements ou restaurer les réglages d'avant</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Continuer sans</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>Il a été fait lors d'une visite précédente et il est verrouillé par un code de restauration. Tapez le code pour voir ces changements et restaurer les réglages d'avant. Sans le code, vous pouvez effacer le fichier : les changements précédents restent alors, et les réglages d'avant ne pourront plus être restaurés.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Garder les changements</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Laissez le téléphone branché.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Les garder et continuer</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Ouvrir le fichier</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Restauré en partie</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Remettre les valeurs d'avant</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Remise des anciennes valeurs…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>État</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Arrêter la restauration (Échap)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Désactiver le débogage USB et terminer</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>Les changements précédents restent ; les réglages d'avant ne pourront plus être restaurés</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>Les derniers changements n'ont pas été terminés</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>Le fichier n'a pas pu être effacé : il est toujours sur le téléphone. Réessayez.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Ce code n'ouvre pas le fichier. Vérifiez chaque lettre et chiffre, et réessayez.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>Ce téléphone garde un fichier de restauration</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Pour changer ce téléphone, ouvrez d'abord l'ancien fichier avec son code, ou effacez-le. L'écraser ferait perdre le moyen de revenir en arrière.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Code de restauration :</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Restaurer les réglages d'avant</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>Restaurer les réglages d'avant ces changements ?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Restauré</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Pourquoi</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener a déjà changé ce téléphone et y a gardé un fichier de restauration. %n réglage peut être restauré.</numerusform>
    <numerusform>hardener a déjà changé ce téléphone et y a gardé un fichier de restauration. %n réglages peuvent être restaurés.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener remet les valeurs que le téléphone avait avant. %n réglage peut être restauré.</numerusform>
    <numerusform>hardener remet les valeurs que le téléphone avait avant. %n réglages peuvent être restaurés.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener était en train de changer ce téléphone quand il s'est arrêté (le câble a peut-être été débranché). Il a noté chaque valeur qu'il a peut-être changée. %n réglage peut être restauré.</numerusform>
    <numerusform>hardener était en train de changer ce téléphone quand il s'est arrêté (le câble a peut-être été débranché). Il a noté chaque valeur qu'il a peut-être changée. %n réglages peuvent être restaurés.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Trouvez « Numéro de build » (parfois dans « Informations sur le logiciel » ou « Version ») et appuyez dessus 7 fois, vite. Vous pouvez aussi taper « Numéro de build » dans la barre de recherche en haut de Paramètres.</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Revenez à Paramètres et trouvez « Options pour les développeurs ». C'est souvent dans « Système ». Vous pouvez aussi taper « développeurs » dans la barre de recherche en haut de Paramètres.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Revenez à Paramètres. Appuyez sur « Paramètres supplémentaires » (ou « Paramètres système »), puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Revenez à Paramètres. Appuyez sur « Paramètres supplémentaires », puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Revenez à Paramètres. Appuyez sur « Système et mises à jour », puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Revenez à Paramètres. Appuyez sur « Système », puis sur « Options pour les développeurs ».</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Revenez au premier écran de Paramètres. « Options pour les développeurs » est maintenant tout en bas. Appuyez dessus.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Si vous voyez aussi « Débogage USB (paramètres de sécurité) », activez-le aussi. Sans cela, hardener peut vérifier le téléphone mais ne peut pas changer certains réglages. Le téléphone peut vous demander de vous connecter à un compte Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Si vous voyez « Autoriser le débogage ADB en mode recharge uniquement », activez-le aussi.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Ouvrez Paramètres. Descendez tout en bas et appuyez sur « À propos du téléphone ».</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Branchez le téléphone à cet ordinateur avec un câble USB. Déverrouillez le téléphone. Si le téléphone demande à quoi sert la connexion USB, choisissez « Transfert de fichiers ».</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Activez « Débogage USB ». Le téléphone demande de confirmer : appuyez sur « OK ».</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Appuyez 7 fois, vite, sur « Numéro de build ». Si le téléphone le demande, entrez votre code PIN. Le téléphone dit alors que vous êtes désormais développeur.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Appuyez 7 fois, vite, sur « Version de MIUI » (sur les téléphones plus récents, cela s'appelle « Version de l'OS »). Si le téléphone le demande, entrez votre code PIN.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Appuyez sur « Informations sur le logiciel ».</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Appuyez sur « Version ». Puis appuyez 7 fois, vite, sur « Numéro de build ». Si le téléphone le demande, entrez votre code PIN.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>Le téléphone demande « Autoriser le débogage USB ? ». Appuyez sur « Autoriser ». Ne cochez pas « Toujours autoriser », sauf si c'est votre propre ordinateur.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Retour</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Choisissez la marque du téléphone. Puis faites les étapes sur le téléphone, une par une.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Comment activer le débogage USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marque du téléphone</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Autres téléphones</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>Annuler</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>Se reconnecter au téléphone</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Connexion au téléphone…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>Ne cochez pas « Toujours autoriser sur cet ordinateur », sauf si c'est votre propre ordinateur. Si vous ne voyez pas la question, débranchez le câble et rebranchez-le.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Arrêter la connexion (Échap)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Appuyez sur « Autoriser » sur le téléphone</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>Vous avez appuyé sur « Refuser » par erreur ? Débranchez le téléphone, rebranchez-le, puis réessayez.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>Le téléphone d'entraînement demande « Autoriser le débogage USB ? ». Répondez sur l'écran du téléphone d'entraînement.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Cela prend quelques secondes.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Réessayer</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Déverrouillez le téléphone. Il demande « Autoriser le débogage USB ? ». Appuyez sur « Autoriser ».</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>En attente</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (Ici : une fois ce réglage activé, relancez la même commande 'hardener apply'.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (Ou laissez-le tourner et passez par lui : la même commande avec --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Ce n'est qu'avec lui que les réglages d'avant ces changements pourront être restaurés plus tard, depuis n'importe quel ordinateur : hardener undo --undo-code CODE.
  'hardener finish' efface le fichier de restauration du téléphone, sauf si vous ajoutez --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>« Désactiver l'expiration des autorisations adb » est activé dans les Options pour les développeurs : un ordinateur autorisé une fois garde son accès même s'il ne sert pas pendant des mois. Désactivez-le, et révoquez les autorisations quand hardener a terminé.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>« Synchroniser automatiquement » est activé : les contacts, l'agenda et d'autres choses sont copiés en continu vers les comptes. Cette copie peut être lue sans le téléphone par toute personne qui a le mot de passe, ou donnée à la police par l'entreprise.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>« {address} » n'est pas une adresse réseau que hardener peut utiliser. Écrivez-la comme le téléphone l'affiche sous Débogage sans fil : des chiffres et un port, par exemple 192.168.1.20:5555 (le port est un nombre de 1 à 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>« {code} » n'est pas un code d'association. Le code est fait des six chiffres que le téléphone affiche sous « Code d'association Wi-Fi ».</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n appli</numerusform>
    <numerusform>%n applis</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>%n réglage peut être restauré.</numerusform>
    <numerusform>%n réglages peuvent être restaurés.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n entrée du fichier est abîmée et sera laissée telle quelle.</numerusform>
    <numerusform>%n entrées du fichier sont abîmées et seront laissées telles quelles.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>il y a %n mois</numerusform>
    <numerusform>il y a %n mois</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n point à examiner.</numerusform>
    <numerusform>%n points à examiner.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>« {title} » ({what}) : le réglage d'avant ne pourra PAS être restauré. Le faire ?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(NE PEUT PAS être restauré)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(Rien n'a été changé.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(ne peut pas être restauré : {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(non défini)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 minute</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 minutes</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 secondes</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 minutes</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 minutes</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 secondes</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 minutes</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 secondes</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>Une appli « propriétaire de l'appareil » contrôle presque tout sur ce téléphone et peut voir beaucoup de choses. C'est normal seulement sur un téléphone de travail donné par un employeur. Si c'est votre propre téléphone, demandez de l'aide.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>Un code PIN seulement, rien de lisible sur l'écran de verrouillage, l'historique de traduction effacé, et le téléphone éteint à la frontière.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Un Espace privé cache des applis, mais il reste ouvert un moment après le verrouillage du téléphone. Réglez-le pour qu'il se verrouille avec le téléphone.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Un téléphone cassé ou hostile (Android 12L) : des noms de paquets, des noms de comptes, des réglages et des propriétés qui tentent une injection shell, avec des retours à la ligne, des octets NUL, des marques de droite à gauche, des valeurs très longues, et des lignes sans sens dans chaque sortie.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>Une appli d'identification d'appels</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>Un certificat a été ajouté à ceux auxquels le téléphone fait confiance. Avec lui, un autre ordinateur peut lire le trafic internet que les applis protègent. Si ce n'est pas vous qui l'avez ajouté, gardez des preuves et demandez de l'aide avant de le supprimer.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>Une vérification n'a pas pu se terminer</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Une sauvegarde dans le cloud peut être lue sans le téléphone, par toute personne qui a le mot de passe du compte.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>Une appli de stockage en ligne</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Un ordinateur qui n'a pas servi depuis un moment doit être autorisé à nouveau.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Un ordinateur associé à ce téléphone peut le contrôler par le Wi-Fi, sans câble. S'il est activé pour cette visite, désactivez-le quand hardener a terminé ; sinon, quelqu'un d'autre l'utilise peut-être.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>Une copie est sur le téléphone : {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>Une copie de ce que vous traduisez peut rester dans votre compte Google.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>Une appli de rencontre</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>Une appli d'administration de l'appareil peut verrouiller ou effacer le téléphone, et elle est difficile à supprimer.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Votre visage ou votre doigt peut servir à ouvrir le téléphone sans votre accord.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>À une frontière, on peut vous forcer à donner un doigt ou votre visage ; un code PIN dans votre tête, non.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>On peut vous forcer à donner un doigt ou votre visage. Avant un moment à risque, supprimez-les dans Paramètres, puis Sécurité, ou utilisez Verrouillage depuis le menu d'alimentation.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>On peut vous forcer à donner votre doigt ou votre visage : quelqu'un peut mettre le téléphone devant votre visage ou y appuyer votre doigt. Un code PIN reste dans votre tête. Avant un moment à risque, utilisez le mode Verrouillage, ou supprimez les empreintes et le visage.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>On peut vous forcer à donner un doigt ou votre visage ; un code PIN dans votre tête, non. Un téléphone éteint est le plus difficile à lire.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Un clavier voit tout ce que vous tapez, les mots de passe aussi. Celui-ci n'était pas sur le téléphone à l'achat. Si vous l'avez choisi, vérifiez que vous faites confiance à son éditeur.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Un clavier voit tout ce que vous tapez, les mots de passe aussi. Celui-ci a été installé hors d'une boutique d'applis. Si vous ne l'avez pas choisi, quelqu'un lit peut-être ce que vous tapez. Ne la supprimez pas tout de suite : si elle surveille, la supprimer peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>Une appli de messagerie</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>Une appli de surveillance</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>Une appli de surveillance a été trouvée : {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Un numéro utilisé pour le travail et la vie privée relie les deux pour qui cherche.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>L'empreinte ou la montre d'un partenaire peut avoir été configurée pour ouvrir votre téléphone.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Un schéma est facile à deviner, facile à voir par-dessus votre épaule, et laisse souvent une trace sur l'écran. Un code PIN de 6 chiffres ou plus, ou un mot de passe, est bien plus sûr.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Un téléphone pris juste après que l'écran s'est éteint peut encore s'ouvrir sans le code PIN.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>Un réglage du téléphone</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Un téléphone pris alors qu'il est encore déverrouillé donne accès à tout.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Un téléphone pris alors que l'écran est encore allumé est ouvert : rien à deviner. 30 secondes, c'est plus sûr.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Un téléphone éteint et verrouillé par un code PIN est le plus difficile à ouvrir.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Un téléphone qui s'ouvre sans code PIN donne à la police chaque conversation avec chaque client.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Un téléphone qui s'ouvre sans code PIN donne tout son contenu à la police ou à un maître chanteur.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Un téléphone qui reste allumé sur le chargeur reste ouvert pour n'importe qui.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Un téléphone éteint, et pas déverrouillé depuis, est le plus difficile à lire. Si vous vous attendez à la police, à une frontière ou à une descente, éteignez-le.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Un téléphone avec environ 600 applis (Pixel 6a, Android 13) : beaucoup de jeux, de boutiques et d'outils ; vérifie que la durée de la vérification n'augmente pas avec le nombre d'applis.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>Une photo publiée dans une annonce peut indiquer où elle a été prise.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Un navigateur privé ne garde pas d'historique et bloque les traceurs ; Tor Browser cache aussi où vous êtes. Installez-en un, puis ouvrez Paramètres, puis Applis, puis Applis par défaut, puis Navigateur.</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Un fournisseur choisi par vous</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Un proxy est réglé pour tout le téléphone : un autre ordinateur peut voir, et modifier, ce que le téléphone envoie et reçoit. Si ce n'est pas vous qui l'avez réglé, quelqu'un surveille peut-être votre usage d'internet.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>Une trace aide un service d'aide, et plus tard une plainte, si vous choisissez d'en faire une.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Un verrouillage de l'écran est en place</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Un second profil sépare les applis, mais il est sur le même téléphone : qui ouvre le téléphone peut l'ouvrir aussi, et un profil professionnel est géré par son administrateur. Sachez ce que contient chacun.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>Une appli de sécurité est désactivée : {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>Une identité séparée pour le travail</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>Un réglage de ce téléphone demande votre attention</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>Un réglage a été changé</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>Une association de travailleuses et travailleurs du sexe, un service d'aide contre les violences conjugales ou une ligne d'aide en sécurité numérique peut vous aider à vérifier le téléphone et à décider quoi faire. Continuez à utiliser le téléphone comme d'habitude jusqu'à ce que vous ayez un plan.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>Une appli de réseau social</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>Une appli espion</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>Une appli espion montre à quelqu'un d'autre vos messages, vos appels et l'endroit où vous êtes.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>Une appli espion a été trouvée : {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>Une appli de traduction</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Un profil professionnel est géré par {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>L'accès Accessibilité permet à une appli de lire tout ce qui est à l'écran, de voir ce que vous tapez et d'appuyer à votre place. Les applis espions l'utilisent. Gardez-le seulement pour les applis que vous avez choisies, comme un lecteur d'écran.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Applis d'accessibilité : lecture impossible</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Compte</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>Des comptes copient automatiquement des données hors du téléphone</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Comptes sur ce téléphone : {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Comptes : lecture impossible</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>La Protection avancée est arrivée avec Android 16. Sur ce téléphone, un code PIN solide, Verrouillage et l'extinction du téléphone protègent le plus.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>La Protection avancée est désactivée</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>La Protection avancée est activée</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Protection avancée : lecture impossible</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Annonces et applis de rencontre quand la police surveille</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>Après 5 minutes</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>Après un redémarrage</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>Après l'extinction de l'écran, quiconque prend le téléphone pendant ce temps peut l'ouvrir sans votre code PIN. Verrouillez-le tout de suite, ou après 5 secondes au plus.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Déjà bon</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Déjà réglés de façon sûre, et laissés tels quels : {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>Une appli</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>Une appli (nom non lu)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>Une appli autorisée à enregistrer l'écran sans demander peut copier vos shows et vos conversations.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Une boutique d'applis</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>Une appli qui s'affiche par-dessus les autres peut montrer de faux écrans pour voler votre code PIN.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>Une appli qui lit les notifications voit l'aperçu de chaque message.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>Une appli qui lit vos contacts peut relier votre profil de travail aux personnes que vous connaissez.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>Une appli avec l'accès Accessibilité peut lire votre écran et agir à votre place.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>Une appli avec la caméra ou le micro peut vous enregistrer, vous et vos shows.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>Une position exacte montre où vous vivez et travaillez ; une position approximative suffit pour rencontrer près de chez vous.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Un agent qui tient le téléphone verrouillé peut lire les messages affichés à l'écran.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Un téléphone d'équipe de terrain avec des données d'enquête ou de personnes accompagnées</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Un code de restauration a 12 lettres et chiffres, comme 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 peut bloquer les applis hors store, les vieux réseaux 2G et les nouvelles connexions USB quand le téléphone est verrouillé. Un téléphone pris est alors plus difficile à lire, avec quelques limites pour les applis.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>La sauvegarde Android copie vers votre compte les données des applis et les réglages, et avec Google souvent les SMS et l'historique des appels. Toute personne qui a le mot de passe, ou l'entreprise quand la police le demande, peut les lire sans le téléphone.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>La sauvegarde Android est désactivée</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Sauvegarde Android dans le cloud</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android fait tourner cette appli comme service d'accessibilité, ce qui lui permet de lire tout ce qui est à l'écran, mais elle n'est pas dans la liste des applis d'accessibilité des Paramètres. Ne la supprimez pas tout de suite : si elle surveille, la supprimer peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android :</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Un autre programme sur cet ordinateur (le serveur « adb » de Google, processus {pid}) utilise le téléphone. hardener peut passer par lui : le téléphone peut alors demander encore une fois « Autoriser le débogage USB ? », pour ce programme. Ou hardener peut l'arrêter si vous êtes d'accord, ou vous pouvez fermer ce programme vous-même.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>Une autre session est en train de changer ce téléphone. Attendez qu'elle ait fini, puis réessayez. (Si aucune autre session n'est en cours, réessayez dans {minutes} minutes.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Toute personne qui tient le téléphone verrouillé peut lire les messages qui s'affichent à l'écran.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>N'importe qui peut prendre ce téléphone, l'ouvrir et tout lire : messages, photos, contacts et historique de traduction. Mettez un code PIN de 6 chiffres ou plus, ou un mot de passe.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Autorisations des applis : lecture impossible</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Faire %n changement ?</numerusform>
    <numerusform>Faire %n changements ?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Applis et autorisations</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Les applis de ce type envoient vos contacts sur leurs serveurs et s'en servent pour proposer « des personnes que vous connaissez peut-être ». Votre profil peut alors être montré à des clients, des collègues ou votre famille, ou le leur à vous. Cela peut dévoiler votre activité.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Applis qui se font passer pour Android : lecture impossible</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Applis qui agissent comme des applis espionnes : lecture impossible</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Applis qui peuvent installer des applis : lecture impossible</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Applis qui s'affichent par-dessus les autres : lecture impossible</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Les applis qui lisent vos contacts peuvent montrer votre profil à des clients ou à votre famille.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Applis sans icône : lecture impossible</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Les applis que vous avez autorisées peuvent savoir où vous êtes. Désactivez la localisation quand vous allez travailler ou dans un lieu que d'autres ne doivent pas connaître, et réactivez-la quand vous avez besoin d'une carte.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Applis : {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Demandez à votre opérateur de bloquer la carte SIM et de vous en donner une nouvelle. En général, vous pouvez garder votre numéro.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Partez du principe que tout a été copié</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>À la frontière : éteignez le téléphone</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>À la fin, laissez hardener terminer la session, ou ouvrez Paramètres, puis Système, puis Options pour les développeurs, et désactivez le bouton en haut.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>À la fin : révoquez les autorisations de débogage USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>À la fin : désactivez le débogage sans fil</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Automatique</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>La synchronisation automatique n'a aucun compte vers lequel copier</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>La synchronisation automatique est désactivée</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Synchronisation automatique : lecture impossible</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Sauvegarde : lecture impossible</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Avant une arrestation ou une descente possible</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Avant une fouille : éteignez ou verrouillez</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Avant de changer quoi que ce soit, gardez une preuve : prenez cet écran en photo avec un autre téléphone, ou enregistrez ce rapport sur un appareil que vous seul·e utilisez. Cela peut aider plus tard auprès d'une association de soutien ou d'un·e avocat·e, quoi que vous décidiez.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Téléphone de test de vitesse : Pixel 6a sous Android 13 avec environ 1000 applis.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Téléphone de test de vitesse : Pixel 6a sous Android 13 avec environ 300 applis.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Téléphone de test de vitesse : Pixel 6a sous Android 13 avec environ 50 applis.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>En plus de cet ordinateur, le téléphone fait confiance à d'autres ordinateurs pour le débogage USB (nombre : {others}). Qui a l'un d'eux peut brancher le téléphone déverrouillé et copier des fichiers, installer des applis ou regarder l'écran. Révoquez les autorisations quand hardener a terminé.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Recherche Bluetooth quand le Bluetooth est désactivé</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Les agents de la frontière peuvent fouiller un téléphone qui s'ouvre sans code PIN.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Appelez ou écrivez pour demander de l'aide depuis un téléphone ou un ordinateur que la personne qui surveille n'a jamais touché. Un téléphone surveillé peut lui montrer qui vous avez contacté.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Appareil photo, micro, enregistrement de l'écran et accessibilité : seulement pour les applis que vous choisissez.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Certificats ajoutés au téléphone : lecture impossible</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Changez vos mots de passe</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Chargez complètement le téléphone et laissez-le branché. Ouvrez Paramètres, puis Sécurité, puis Chiffrer le téléphone. Cela peut prendre une heure. Mettez d'abord un code PIN ou un mot de passe.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Les discussions et les photos sauvegardées dans le cloud peuvent être lues sans le téléphone.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Vérifiez la sauvegarde de Google Photos</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Vérifiez Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Vérifiez les sauvegardes de WhatsApp et des photos</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Vérifiez la sauvegarde des discussions WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Vérifiez Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Vérifiez les applis qui viennent d'ailleurs que d'une boutique d'applis</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Vérifiez les applis qui ne viennent pas d'une boutique d'applis</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Vérifiez les applis qui s'affichent par-dessus les autres</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Vérifiez les applis qui ont l'accès aux données d'utilisation</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Vérifiez les applis d'administration de l'appareil</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Vérifiez le déverrouillage par empreinte et par visage</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Vérifiez empreintes, visage et Smart Lock quand c'est sans danger</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Vérifier seulement</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Regardez seulement, puis parlez à quelqu'un de confiance</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Vérifiez que cette appli en a besoin. Vous pouvez retirer n'importe lequel de ces accès ; l'appli le redemandera si elle en a vraiment besoin.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Vérifiez les comptes</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Vérifiez ce qui est sauvegardé</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Vérifiez ce que cette appli envoie en ligne</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Vérifier ce que vos applis sauvegardent en ligne</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Vérifiez quelles applis peuvent enregistrer votre écran</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Vérifiez quel navigateur ouvre vos liens, et choisissez-en un qui garde moins de choses sur vous.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Vérifiez quel clavier vous utilisez</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Vérifiez qui peut vous trouver par votre numéro</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Vérifiez à qui sont les empreintes, le visage ou l'appareil de confiance qui ouvrent le téléphone</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Vérifiez vos applis par défaut</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Choisissez un navigateur qui garde moins de choses sur vous</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Choisissez ce qui se synchronise dans le cloud</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Choisissez ce que ce compte copie</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Effacez l'historique dans l'appli de traduction</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Effacez l'historique dans l'appli</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Effacer l'historique de traduction</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Effacez l'historique de traduction avant de voyager</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Comptes en ligne, synchronisation et sauvegarde</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Applis de cloud : lecture impossible</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Les ordinateurs autorisés pour le débogage USB le restent pour toujours</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Ordinateurs autorisés pour le débogage USB : lecture impossible</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Ordinateurs autorisés pour le débogage USB : {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Connectez-vous avec : {command}   (Ctrl-C l'arrête)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Les contacts et les photos dans le cloud peuvent être lus sans le téléphone.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>Impossible à vérifier</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>Impossible à vérifier ({count}) :</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Vérification impossible</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>Impossible d'accéder au trousseau de clés : la clé (s'il y en a une) n'a donc pas été supprimée : {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Passer une frontière ou voyager</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Les applis de rencontre et d'annonces tenues à l'écart de vos contacts et de votre position exacte, un numéro à part, et les messages hors de l'écran de verrouillage.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Applis de rencontre et localisation : lecture impossible</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Ne vous occupez des applis espionnes qu'après un plan de sécurité</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Gérez les applis espions sans vous mettre en danger</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Applis SMS et Téléphone par défaut : lecture impossible</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Navigateur par défaut : lecture impossible</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Supprimez l'historique de Google Traduction dans votre compte Google</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Supprimez les expressions enregistrées</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Supprimez l'historique de traduction dans votre compte Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Supprimez l'historique de traduction gardé dans votre compte Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Supprimer l'historique de traduction gardé dans votre compte</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Options pour les développeurs</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Applis d'administration de l'appareil : lecture impossible</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Les droits d'administration de l'appareil permettent à une appli de verrouiller le téléphone, de l'effacer, ou de vous empêcher de la supprimer. Gardez-les seulement pour des applis que vous connaissez, comme Localiser mon appareil ou une appli de travail.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>Connaissez-vous cette appli ?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>Savez-vous pourquoi cette appli est là ?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Terminé : {changed} changé(s), {already} déjà bon(s), {not_applied} non appliqué(s), {skipped} laissé(s) de côté, {failed} en échec ({round_trips} allers-retours).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Chaque compte connecté sur le téléphone ouvre ses mails, photos et conversations à une fouille.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>Chaque fois qu'une appli demande à enregistrer ou diffuser votre écran, lisez de quelle appli il s'agit. Cocher « Ne plus afficher » la laisse enregistrer plus tard sans demander.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Chiffrez le téléphone</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Chiffrement :</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Chiffrement : lecture impossible</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>Effacer le fichier de restauration du téléphone ? Les réglages d'avant ne pourront alors plus être restaurés.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Même avec le Wi-Fi et le Bluetooth désactivés, le téléphone cherche les réseaux et appareils proches. Cela dit aux applis et à Google où vous êtes, même à l'intérieur. Peu de gens en ont besoin.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Chaque service d'accessibilité en marche figure dans la liste des Paramètres.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>Chaque appli installée hors d'une boutique a une icône</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Toutes les applis qui portent un nom réservé à Android étaient sur le téléphone à l'achat.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Toutes les applis que vous avez installées viennent d'une boutique d'applis</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>Tout ce que l'appli garde part aussi : les langues hors ligne téléchargées, les phrases enregistrées, les réglages et la connexion au compte. Vous pourrez retélécharger les langues plus tard.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Tout ce qui est sur ce téléphone est au même endroit. Si travail et vie privée le partagent, gardez-les sur des numéros et des comptes séparés.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>Le déverrouillage par visage est activé</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Renseignez-vous avant de voyager sur ce que la loi permet aux agents de demander à cette frontière. Une organisation de travailleuses du sexe ou un groupe de défense des droits des migrants peut vous le dire.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>Le déverrouillage par empreinte et par visage est activé</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Déverrouillage par empreinte et par visage : lecture impossible</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>Le déverrouillage par empreinte est activé</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Corrigé</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Pour une première visite, ou un téléphone que quelqu'un surveille peut-être : regarder avant de changer quoi que ce soit.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Pour un téléphone d'équipe qui contient des données sur d'autres personnes : le verrouiller fortement et garder ces données hors du cloud.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Pour toute personne qui passe une frontière ou voyage pour le travail, surtout les migrantes dont le statut pourrait être mis en cause.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Pour toute personne qui pourrait être arrêtée, perquisitionnée ou fouillée par la police, et se voir prendre son téléphone.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Pour toute personne qui fait des shows webcam ou crée du contenu avec ce téléphone.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Pour toute personne qui trouve des clients sur des applis de rencontre, des réseaux sociaux ou des sites d'annonces où la police regarde aussi.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Pour toute personne qui garde le travail du sexe séparé de sa famille, de ses amis et d'un emploi de jour.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Pour toute personne dont le ou la partenaire, l'ex ou un client lit peut-être le téléphone, ou utilise son contenu contre elle.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Pour les migrantes et toute personne qui parle avec des clients ou des agents par une appli de traduction.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Pour les travailleuses de terrain et les organisations dont le téléphone contient les données d'autres personnes.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Pour une personne qui utilise des applis de traduction tous les jours : garder leur historique court et hors du cloud.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Trouvé : %n problème à corriger.</numerusform>
    <numerusform>Trouvés : %n problèmes à corriger.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>Depuis un autre téléphone ou ordinateur, changez les mots de passe de vos comptes e-mail, messageries, réseaux sociaux et cloud.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Demandez de l'aide à des personnes qui s'y connaissent</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Ne donnez aux applis de rencontre qu'une position approximative</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Passez en revue les résultats</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Bon à savoir</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Bien. Un code PIN de 6 chiffres ou plus, ou un mot de passe, protège le mieux le téléphone. Un code PIN court comme 1234, ou une date de naissance, est facile à deviner : changez-le si le vôtre ressemble à ça.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Bien. Un ordinateur ne peut pas prendre le contrôle de ce téléphone par le câble.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Bien. Un téléphone pris juste après l'extinction de l'écran demande déjà votre code PIN.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Bien. Android chiffre les noms des sites que vous utilisez partout où le réseau le permet.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Bien. Les applis ne peuvent pas savoir où vous êtes grâce à la localisation du téléphone en ce moment.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Bien. Hors des lieux de confiance, quelqu'un qui connaît votre code PIN ne peut pas le changer ni désactiver les protections sans votre empreinte ou votre visage.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Bien. Google Play vérifie si ce téléphone contient des applis dangereuses connues.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Bien. Quand le téléphone risque d'être pris, maintenez le bouton marche/arrêt et appuyez sur Verrouillage.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Bien. Aucun service d'accessibilité n'est activé.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Bien. Aucune appli ne peut verrouiller ou effacer le téléphone, ni vous empêcher de la supprimer.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Bien. Aucune appli n'a accès à toutes vos notifications.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Bien. Aucune appli de ce téléphone n'a été installée à partir d'un fichier ou par une autre appli.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Bien. Aucune appli que vous avez installée ne peut utiliser la position, le micro, l'appareil photo, les messages, les appels ou les contacts.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Bien. Aucune appli que vous avez installée n'a cet accès.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Bien. Aucune appli de rencontre sur ce téléphone n'a votre position exacte.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Bien. Aucune autre appli ne peut installer de nouvelles applis sur ce téléphone.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Bien. Rien ne sort du téléphone en dehors du VPN, même quand il se reconnecte.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Bien. Seul votre code PIN ou mot de passe ouvre le téléphone, et personne ne peut vous forcer à l'ouvrir avec votre doigt ou votre visage.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Bien. Les photos prises avec l'appareil photo du téléphone ne contiennent pas votre position.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Bien. Une personne qui tient le téléphone verrouillé ne peut pas lire vos messages.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Bien. Les noms des sites et applis que vous utilisez sont chiffrés sur tous les réseaux.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Bien. Le téléphone ne reste pas déverrouillé tout seul dans certains lieux ou près de certains appareils.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Bien. Le téléphone a les correctifs de sécurité récents, ce qui le rend plus difficile à forcer.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Bien. Le téléphone se verrouille tout seul, même quand il est branché.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Bien. Le téléphone se verrouille vite quand vous le posez.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Bien. Le téléphone refuse les applis hors store, les vieux réseaux et les nouvelles connexions USB quand il est verrouillé.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Bien. Les applis de réseaux sociaux, de rencontre et d'identification d'appel de ce téléphone ne peuvent pas lire votre liste de contacts.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Bien. Ces données restent sur le téléphone.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Bien. Ce navigateur garde moins de traces de ce que vous consultez.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Bien. Quand le téléphone est verrouillé ou éteint, son contenu ne peut pas être lu sans votre code PIN ou mot de passe. Le chiffrement est aussi fort que ce code PIN ou ce mot de passe, pas plus.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Bien. Avec le Wi-Fi et le Bluetooth désactivés, le téléphone ne cherche pas les lieux proches.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 sous Android 14, réglé avec soin : verrouillage par code PIN, contenu des notifications caché sur l'écran de verrouillage, un compte Google, sauvegarde activée. Peu de points trouvés.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 sous Android 15 avec un profil professionnel (utilisateur 10) géré par un employeur ; verrouillage par code PIN, déverrouillage par visage, Smart Lock activé.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>Google Traduction n'est pas sur ce téléphone</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>La protection contre le vol de Google peut quand même être proposée sur ce téléphone. hardener ne peut pas voir si elle est activée : vérifiez dans Paramètres.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Masqué</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Cacher les messages sur l'écran de verrouillage</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Cacher le contenu des messages sur l'écran de verrouillage</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Maintenez le bouton marche/arrêt (sur certains téléphones : marche/arrêt et volume haut ensemble), puis touchez Verrouillage. Le téléphone demande alors votre code PIN : empreinte, visage et Smart Lock ne marchent plus jusqu'à ce que vous le saisissiez. Sur les téléphones sans Verrouillage, éteignez plutôt le téléphone.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Maintenez le bouton marche/arrêt, puis appuyez sur Verrouillage. Le téléphone demande alors votre code PIN : l'empreinte, le visage et Smart Lock ne marchent plus jusqu'à ce que vous l'entriez.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Comment restaurer les réglages d'avant</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>La Vérification d'identité est activée</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>La Vérification d'identité n'a pas été vue activée</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Vérification d'identité : lecture impossible</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Si le téléphone risque bientôt d'être pris ou fouillé</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Si le téléphone est pris ou perdu</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Si ce téléphone est pris, les données d'autres personnes sont exposées, pas seulement les vôtres.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Si vous l'avez installée, ouvrez ses réglages et vérifiez qui peut voir votre position, vos enregistrements ou votre écran. Si vous ne l'avez pas installée, gardez des preuves et demandez de l'aide.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Si vous utilisez Google Traduction sur le Web ou sur un autre appareil avec votre compte Google, ce compte peut quand même garder vos traductions.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Immédiatement</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Important</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>Dans Google Traduction, ouvrez Enregistrées (l'étoile) et supprimez les expressions que vous ne voulez pas garder : elles sont stockées dans votre compte.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>Dans LINE, utilisez Letter Sealing et supprimez les conversations inutiles : ouvrez la conversation, puis le menu, puis Paramètres, puis Supprimer l'historique.</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>Dans Messenger, ouvrez la conversation, touchez le nom, puis Messages éphémères (ou Mode éphémère).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Dans Signal, ouvrez Paramètres, puis Confidentialité, puis Minuterie par défaut des nouvelles conversations, et choisissez une durée. Pour les conversations existantes : ouvrez la conversation, touchez le nom, puis Messages éphémères.</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>Dans Telegram, ouvrez Paramètres, puis Confidentialité et sécurité, puis Suppression automatique, et choisissez une durée. Les conversations normales sont aussi gardées sur les serveurs de Telegram : utilisez les Conversations secrètes avec les clients.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>Dans Viber, ouvrez la conversation, touchez le nom, puis Messages éphémères, et choisissez une durée.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Dans WhatsApp Business, ouvrez Paramètres, puis Confidentialité, puis Minuteur par défaut, et choisissez 24 heures ou 7 jours. Pour les discussions existantes : ouvrez la discussion, touchez le nom, puis Messages éphémères.</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Dans WhatsApp, ouvrez Paramètres, puis Confidentialité, puis Minuteur par défaut, et choisissez 24 heures ou 7 jours. Pour les discussions existantes : ouvrez la discussion, touchez le nom, puis Messages éphémères.</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>Dans WhatsApp : Paramètres, Discussions, Sauvegarde des discussions : choisissez « Jamais » ou protégez la sauvegarde avec le chiffrement de bout en bout. Dans Google Photos : votre photo de profil, Paramètres de Photos, Sauvegarde.</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>Dans une conversation Instagram, glissez vers le haut pour activer le mode éphémère. Les messages déjà envoyés restent : supprimez ceux que vous ne voulez pas qu'on trouve.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>Dans les réglages de sécurité de chaque compte, déconnectez tous les autres appareils, pour que le téléphone pris perde l'accès.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>Dans chaque appli qui garde des discussions ou des photos, ouvrez ses réglages et trouvez Sauvegarde. Si le compte où elle copie n'est pas sûr, désactivez la sauvegarde ou protégez-la, et supprimez-y les anciennes sauvegardes.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>Dans chaque appli de rencontre et de messagerie, ouvrez Confidentialité et désactivez « Me trouver par mon numéro » et l'envoi des contacts.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>Dans certains pays, effacer un téléphone à distance peut être retenu contre vous. Demandez conseil avant, si vous le pouvez.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram : utilisez le mode éphémère</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Installez un VPN de confiance et connectez-vous. Puis ouvrez Paramètres, puis Réseau (ou Connexions), puis VPN, touchez l'engrenage à côté, et activez « VPN permanent » et « Bloquer les connexions sans VPN ».</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Installez les mises à jour de sécurité</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Gardez d'abord des preuves</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Gardez une trace de ce qui a été trouvé</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Gardez une trace là où la personne qui surveille ne peut pas aller</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Gardez moins de choses sur le téléphone</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Séparez les comptes de travail et les comptes privés</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Gardez travail et vie privée sur des numéros séparés</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Garder les contacts et les comptes de travail séparés de la vie privée, pour que les applis ne puissent pas faire le lien entre les deux.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Gardez les photos et contacts de travail hors du cloud</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Tenez vos contacts à l'écart des applis de rencontre et des réseaux sociaux</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Gardez votre position hors des photos</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Clavier : lecture impossible</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Sachez quoi dire si on vous demande de déverrouiller</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Savoir ce que le téléphone montre, c'est la première étape.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE : supprimez les anciennes conversations</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Dernière étape, sur le téléphone : {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Laisser l'écran s'éteindre pendant la charge</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Les liens s'ouvrent dans le navigateur que le téléphone choisit. Choisissez-en un qui garde moins de choses sur vous.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Localisation</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>La localisation est désactivée</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>La localisation est activée</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Localisation : lecture impossible</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Verrouillage après l'extinction de l'écran : lecture impossible</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Verrouillez l'Espace privé avec le téléphone</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Verrouillez le téléphone dès que l'écran s'éteint</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Verrouillez le téléphone maintenant</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Verrouillez l'écran après 30 secondes ou moins</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Bouton « Verrouillage » dans le menu Marche/Arrêt</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Bouton du mode Verrouillage : lecture impossible</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>Le mode Verrouillage n'existe que depuis Android 9. Sur ce téléphone, éteignez-le quand il risque d'être pris : après un redémarrage, seul votre code PIN ou mot de passe l'ouvre.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>Le mode Verrouillage est un moyen rapide d'obliger le téléphone à demander votre code PIN : il désactive l'empreinte, le visage, Smart Lock et les messages sur l'écran de verrouillage. Sur ce téléphone, il faut l'activer.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>Le mode Verrouillage est dans le menu du bouton marche/arrêt</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>Le mode Verrouillage n'est pas dans le menu du bouton marche/arrêt</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>Le mode Verrouillage oblige le téléphone à demander le code PIN : un doigt ou un visage ne peut pas l'ouvrir.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>Verrouillage oblige le téléphone à demander votre code PIN, et rien ne montre qu'il est là tant qu'il n'est pas utilisé.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>Le mode Verrouillage est peut-être caché dans le menu du bouton marche/arrêt</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>Le mode Verrouillage ne marche qu'avec un verrouillage de l'écran</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>Verrouillage : seul le code PIN ouvre le téléphone</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Regardez les certificats ajoutés au téléphone</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Regarder le téléphone et expliquer ce qui a été trouvé. Rien n'est changé.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>D'abord regarder sans rien changer ; s'occuper des applis espionnes seulement après un plan de sécurité ; puis seulement des changements que la personne qui surveille ne peut pas remarquer.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Regardez d'abord, ne changez rien encore</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Faites un plan de sécurité avant de supprimer une appli espion</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Faites un plan de sécurité avant de supprimer quoi que ce soit</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Faites disparaître les messages dans chaque messagerie</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Faites oublier l'ordinateur au téléphone</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Faire s'éteindre l'écran plus tôt</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Ont peut-être été changés : la session s'est arrêtée avant qu'ils puissent être vérifiés</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Contenu des messages sur l'écran de verrouillage</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Messages</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>Les messages peuvent être lus sur le téléphone verrouillé</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Les messages de clients, les rendez-vous et les codes s'affichent sur l'écran de verrouillage. Toute personne qui tient le téléphone (la police, un ou une partenaire, un client) peut les lire sans votre code PIN.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Messages sur l'écran de verrouillage : lecture impossible</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>Les messages que la police lirait en premier : {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Les messages, les photos, les contacts et l'historique des applis ont peut-être été lus ou copiés, même si on vous rend le téléphone.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger : utilisez les messages éphémères</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Messageries : lecture impossible</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Modèle</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Plus d'un téléphone est branché ({serials}). Débranchez les autres, ou choisissez-en un.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision sous Android 10 : verrouillage par mot de passe, sauvegarde désactivée, synchronisation automatique désactivée, une vieille appli de rencontre, un VPN et un clavier installé depuis un fichier.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>PAS chiffré</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Jamais</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Ne cochez jamais « Ne plus afficher » quand une appli demande à enregistrer l'écran</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Ensuite, connectez-vous : donnez --connect avec l'adresse sous « Adresse IP et port » sur l'écran Débogage sans fil du téléphone (ou lancez 'adb connect HOST:PORT'), puis utilisez --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Aucun VPN n'est réglé pour rester actif</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Aucun service d'accessibilité ne tourne en secret</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Aucun compte ne copie les contacts, l'agenda, les photos ou les messages</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Aucun compte ne copie de données de ce téléphone sur Internet.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>Aucun compte sur ce téléphone</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Aucune appli n'agit comme une appli espionne</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Aucune appli ne peut voir et contrôler votre écran</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>Aucune appli de la liste de hardener (sauvegarde de photos, de fichiers ou de discussions dans le cloud) n'est sur ce téléphone.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Aucune appli n'a les droits d'administration de l'appareil</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Aucune appli installée à la main ne se cache de la liste des applis.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Aucune appli installée hors d'une boutique ne se cache de la liste des applis tout en lisant l'écran, les notifications ou en ayant les droits d'administrateur.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>Aucune appli de ce téléphone ne ressemble à une appli de traduction. L'historique de traduction dans un navigateur Web n'est pas vérifié.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Aucune appli ne se fait passer pour une partie d'Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Aucune appli ne lit vos notifications</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Aucune appli que vous avez installée ne peut s'afficher par-dessus les autres</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Aucune appli que vous avez installée ne peut accéder à vos données privées</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Aucune appli que vous avez installée ne peut voir quelles applis vous utilisez</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Aucune appli que vous avez installée ne peut enregistrer votre écran sans demander</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>Aucun certificat n'a été ajouté au téléphone</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>Aucune appli de photos en ligne ou de sauvegarde trouvée</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Aucun ordinateur ne peut atteindre le téléphone pour le débogage par le Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Aucun ordinateur ne reste autorisé pour le débogage USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Aucune appli de rencontre ne sait exactement où vous êtes</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>Aucun navigateur par défaut n'est choisi</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>Pas de déverrouillage par visage ; déverrouillage par empreinte : lecture impossible</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>Pas de déverrouillage par empreinte ni par visage</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>Pas de déverrouillage par empreinte ; déverrouillage par visage : lecture impossible</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>Aucune appli de traque connue n'a été trouvée</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>Aucune messagerie connue de hardener n'est installée</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>Aucune notification sur l'écran de verrouillage</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>Aucun autre ordinateur n'est autorisé. Celui-ci le reste après la visite si vous ne le révoquez pas : faites-le quand hardener a terminé.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>Aucun téléphone trouvé. Branchez le téléphone avec un câble USB qui transmet les données, déverrouillez-le et vérifiez que le débogage USB est activé.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>Aucun téléphone branché en USB avec le débogage USB activé n'a été trouvé.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Pas de proxy, ni de VPN installé hors d'une boutique</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Aucune appli de sécurité n'est désactivée</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Aucune appli de réseau social ou de rencontre ne peut lire vos contacts</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Aucune boutique d'applis n'a vérifié cette appli. Les applis espions sont souvent installées de cette façon par quelqu'un qui a eu le téléphone en main. Si vous ne l'avez pas installée vous-même, ne la supprimez pas tout de suite : gardez d'abord des preuves et demandez de l'aide.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>Aucune appli de traduction trouvée</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>Aucun lieu ou appareil de confiance n'est utilisé en ce moment. Si vous n'en avez jamais configuré exprès, désactivez Smart Lock pour qu'il ne puisse pas se mettre en marche plus tard.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Pas corrigé</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>Pas sûr</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Pas touché : %n changement qui concerne une appli espion. Y toucher peut prévenir la personne qui l'a installée : voyez d'abord le plan de sécurité. (Seul --touch-spying-apps l'inclurait.)</numerusform>
    <numerusform>Pas touchés : %n changements qui concernent une appli espion. Y toucher peut prévenir la personne qui l'a installée : voyez d'abord le plan de sécurité. (Seul --touch-spying-apps les inclurait.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Remarque : une série de changements précédente sur ce téléphone a été interrompue. Ces changements sont notés sur le téléphone :
      lancez 'hardener undo' avec le même code de restauration pour remettre les réglages d'avant, ou appliquez à nouveau les changements pour finir.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Remarque : un serveur adb est en cours d'exécution (port {port}, processus {pid}) ; il occupe peut-être le téléphone. Utilisez-le avec 'hardener devices --adb-server' et --adb-server, sinon hardener vous demandera avant de l'arrêter.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Remarque : {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>Rien ne répond à {address}. Vérifiez que le téléphone et cet ordinateur sont sur le même réseau Wi-Fi, que le Débogage sans fil est activé dans les Options pour les développeurs du téléphone, et que l'adresse et le port sont ceux que le téléphone affiche maintenant (le port change à chaque fois).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>Rien trouvé</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>Rien n'a été trouvé dans ce qui a pu être vérifié.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>Rien n'est copié vers un compte, sauf si vous choisissez de synchroniser.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Rien à appliquer : le téléphone correspond déjà à ce profil.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Rien à changer.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>Rien n'a été changé sur ce téléphone.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>Rien n'a été changé : aucun fichier de restauration n'est donc gardé sur le téléphone (le code n'est pas nécessaire).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>Rien n'a été changé : il n'y a donc rien à restaurer.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>Rien n'a été changé.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Accès aux notifications : lecture impossible</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Notifications sur l'écran de verrouillage</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>Les notifications s'affichent sur l'écran de verrouillage, mais pas leur contenu</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Maintenant : {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Désactivé</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Ancien Motorola Moto G6 sous Android 9 : pas de verrouillage de l'écran, pas chiffré, débogage USB activé, Play Protect désactivé, et une appli de traque installée hors boutique, avec l'accès Accessibilité, l'accès aux notifications et les droits d'administration de l'appareil.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Activé</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>Sur Android 11 et plus récent, le mode Verrouillage apparaît dans le menu du bouton marche/arrêt dès qu'un code PIN, un mot de passe ou un schéma est en place.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>Sur Android 11 et plus récent, le mode Verrouillage apparaît dans le menu du bouton marche/arrêt quand un verrouillage de l'écran est en place. Sur ce téléphone, l'ancien bouton de réglage est désactivé, et certains téléphones en tiennent encore compte. Vérifiez le menu du bouton marche/arrêt.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Sur Android 11 et plus récent, le mode Verrouillage apparaît dans le menu du bouton marche/arrêt dès qu'un verrouillage de l'écran est en place, comme ici. Quand le téléphone risque d'être pris, maintenez le bouton marche/arrêt et appuyez sur Verrouillage.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>Sur n'importe quel téléphone ou ordinateur, ouvrez myactivity.google.com, connectez-vous et supprimez l'activité Google Traduction. Effacer l'appli ne supprime pas cette copie.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>Sur n'importe quel téléphone ou ordinateur, connectez-vous au compte qu'utilise votre appli de traduction et supprimez ses traductions enregistrées et son activité (pour un compte Google : myactivity.google.com). Vider l'appli ne supprime pas cette copie.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>Sur le téléphone, ouvrez Paramètres, puis Options pour les développeurs, et appuyez sur « Révoquer les autorisations de débogage USB ». Puis désactivez les Options pour les développeurs en haut de cet écran. (Si vous ne trouvez pas Options pour les développeurs, elles sont déjà désactivées.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Un même compte des deux côtés relie votre travail et votre vie privée.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Un seul numéro sur ce téléphone</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Un téléphone qui porte les deux vies les livre toutes les deux quand il est pris.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Un seul profil sur ce téléphone</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Seules les boutiques d'applis peuvent installer des applis</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Seul cet ordinateur est autorisé pour le débogage USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Ouvrez Google Photos, appuyez sur votre photo de profil, puis Paramètres de Photos, puis Sauvegarde. Si la sauvegarde est activée, chaque photo et chaque vidéo part dans votre compte Google. Désactivez-la si ce compte n'est pas sûr.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Ouvrez Paramètres, puis Accessibilité. Trouvez l'appli (elle est peut-être dans « Applis installées » ou « Applis téléchargées ») et désactivez-la.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Ouvrez Paramètres, puis Comptes (ou Mots de passe et comptes). Supprimez tout compte que vous ne connaissez pas. Changez le mot de passe de tout compte dont quelqu'un d'autre connaît peut-être le mot de passe.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Ouvrez Paramètres, puis Comptes et sauvegarde, puis Samsung Cloud. Regardez ce qui est sauvegardé et synchronisé : messages, historique des appels, photos. Désactivez ce qui doit rester seulement sur le téléphone.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Ouvrez Paramètres, puis Comptes, puis chaque compte, puis Synchronisation du compte. Désactivez Contacts, Messages et Photos là où vous n'en avez pas besoin.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Ouvrez Paramètres, puis Comptes, puis ce compte, puis Synchronisation du compte. Désactivez ce qui doit rester seulement sur le téléphone, par exemple les contacts et les messages.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Ouvrez Paramètres, puis Comptes. Retirez les comptes privés du téléphone de travail, et les comptes de travail du téléphone privé.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Ouvrez Paramètres, puis Comptes. Retirez les comptes de travail dont vous n'aurez pas besoin en voyage ; reconnectez-vous à l'arrivée. Vérifiez d'abord que vous connaissez chaque mot de passe.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Ouvrez Paramètres, puis Comptes. Désactivez « Synchroniser automatiquement les données » (c'est peut-être dans le menu en haut). Vous pouvez toujours synchroniser à la main quand vous le choisissez.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Ouvrez Paramètres, puis Applications, et regardez cette appli. Si vous ne l'avez pas installée, gardez des preuves et demandez de l'aide avant de la supprimer.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Ouvrez Paramètres, puis Applications, affichez les applis système, ouvrez l'appli et touchez Activer. Si ce n'est pas vous qui l'avez désactivée, quelqu'un d'autre l'a peut-être fait : gardez d'abord des preuves.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Ouvrez Paramètres, puis Applications, puis Applications par défaut. Vérifiez que l'appli SMS et l'appli Téléphone sont celles que vous avez choisies.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Ouvrez Paramètres, puis Applications, puis Accès spéciaux des applications, puis Afficher par-dessus les autres applis. Désactivez-le pour les applis qui n'en ont pas besoin.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Ouvrez Paramètres, puis Applications, puis Accès spéciaux des applications, puis Installer des applis inconnues. Désactivez-le pour cette appli.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Ouvrez Paramètres, puis Applications, puis Accès spéciaux des applications, puis Accès aux données d'utilisation. Désactivez-le pour les applis qui n'en ont pas besoin.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Ouvrez Paramètres, puis Applis, puis l'appli, puis Autorisations, puis Position. Désactivez « Utiliser la position exacte » et choisissez « Autoriser seulement si l'appli est en cours d'utilisation ».</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Ouvrez Paramètres, puis Applications, puis cette appli, puis Autorisations, puis Contacts. Choisissez « Ne pas autoriser ». Dans les réglages de l'appli elle-même, désactivez aussi l'envoi ou la synchronisation des contacts, et supprimez les contacts qu'elle a déjà envoyés.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Ouvrez Paramètres, puis Applications, puis cette appli, puis Autorisations. Choisissez « Ne pas autoriser » pour ce dont elle n'a pas besoin. L'appli redemandera si elle a vraiment besoin de quelque chose.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Ouvrez Paramètres, puis Applications. Pour chaque appli que vous ne connaissez pas, demandez-vous qui l'a installée. Si elle peut espionner, supprimez-la seulement après avoir fait un plan de sécurité.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Ouvrez Paramètres, puis Options pour les développeurs, et désactivez « Désactiver l'expiration des autorisations adb ».</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Ouvrez Paramètres, puis Affichage, puis Délai de mise en veille de l'écran. Choisissez 30 secondes.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Ouvrez Paramètres, puis Google (ou Comptes et sauvegarde), puis Sauvegarde. Regardez ce qui est sauvegardé. Désactivez la sauvegarde si le compte n'est pas sûr, et supprimez-y les anciennes sauvegardes.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Ouvrez Paramètres, puis Google, puis Tous les services, puis Protection contre le vol. Activez Vérification d'identité, Verrouillage en cas de détection de vol et Verrouillage hors connexion. Hors des lieux de confiance, changer le code PIN ou désactiver les protections demande alors votre empreinte ou votre visage, pas seulement le code PIN.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Ouvrez Paramètres, puis Localisation, puis Services de localisation (ou Améliorer la précision). Désactivez la recherche Wi-Fi et la recherche Bluetooth.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Ouvrez Paramètres, puis Réseau (ou Connexions, puis Autres paramètres de connexion), puis DNS privé. Choisissez Automatique, ou un fournisseur de confiance.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Ouvrez Paramètres, puis Réseau, puis Wi-Fi, touchez le réseau, puis Modifier ou Avancé, et réglez Proxy sur Aucun. Si ce n'est pas vous qui l'avez réglé, gardez d'abord des preuves.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Ouvrez Paramètres, puis Notifications (ou Écran de verrouillage), puis Notifications sur l'écran de verrouillage. Choisissez « Ne pas afficher les notifications », ou au moins « Masquer le contenu sensible ».</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Ouvrez Paramètres, puis Notifications, puis Accès aux notifications (sur certains téléphones : Applications, puis Accès spéciaux des applications). Désactivez-le pour cette appli.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Ouvrez Paramètres, puis Sécurité (ou Biométrie), puis Empreinte digitale et Reconnaissance faciale. Supprimez-les avant un moment à risque, ou préparez-vous à utiliser le mode Verrouillage.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Ouvrez Paramètres, puis Sécurité (ou Biométrie). Supprimez empreintes et visage avant de voyager ; ajoutez-les à nouveau quand vous êtes en sécurité.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Ouvrez Paramètres, puis Sécurité (ou Écran de verrouillage), puis Verrouillage de l'écran. Choisissez Code PIN et utilisez au moins 6 chiffres qui ne sont pas une date d'anniversaire. Un schéma est facile à observer et à deviner.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Ouvrez Paramètres, puis Sécurité (ou Écran de verrouillage), puis Verrouillage de l'écran. Choisissez Code PIN avec 6 chiffres ou plus, ou Mot de passe. N'utilisez pas une date de naissance ni un numéro que d'autres personnes connaissent.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Ouvrez Paramètres, puis Sécurité (ou Écran de verrouillage), puis Smart Lock ou Extend Unlock. Entrez votre code PIN. Supprimez les lieux de confiance et les appareils de confiance, et désactivez la détection de port sur soi.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Ouvrez Paramètres, puis Sécurité (ou Écran de verrouillage), puis l'engrenage à côté de Verrouillage de l'écran, puis « Verrouiller après la mise en veille ». Choisissez Immédiatement ou 5 secondes.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Ouvrez Paramètres, puis Sécurité (ou Sécurité et confidentialité), puis Autres paramètres de sécurité ou Chiffrement et identifiants, puis Identifiants de confiance, et l'onglet Utilisateur. Si vous y voyez un certificat que vous n'avez pas ajouté, gardez des preuves et demandez de l'aide avant de le supprimer.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Ouvrez Paramètres, puis Sécurité et confidentialité, puis Protection avancée. Elle bloque les applis hors Play Store, les vieux réseaux 2G et les nouvelles connexions USB quand le téléphone est verrouillé. Les applis installées depuis des fichiers peuvent ne plus se mettre à jour : décidez avec quelqu'un qui connaît le téléphone.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Ouvrez Paramètres, puis Sécurité et confidentialité, puis Espace privé, puis « Verrouiller l'espace privé automatiquement », et choisissez « Chaque fois que l'appareil se verrouille ».</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Ouvrez Paramètres, puis Sécurité, puis Applis d'administration de l'appareil (sur certains téléphones : Autres paramètres de sécurité). Désactivez les applis que vous ne connaissez pas. Si vous n'y arrivez pas, demandez de l'aide.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Ouvrez Paramètres, puis Sécurité, puis Applis d'administration de l'appareil. Désactivez toute appli que vous ne connaissez pas.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Ouvrez Paramètres, puis Sécurité, puis Smart Lock (ou Extend Unlock). Supprimez les lieux de confiance, les appareils de confiance et la détection de port sur soi.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Ouvrez Paramètres, puis Système (ou Mise à jour logicielle), puis Mise à jour de sécurité, et installez ce qui est proposé. Si rien n'arrive pendant un an, le téléphone ne reçoit plus de mises à jour : pensez à un téléphone plus récent pour le travail.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Ouvrez Paramètres, puis Système, puis Options pour les développeurs. Désactivez « Rester activé ».</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Ouvrez Paramètres, puis Système, puis Langues et saisie, puis Clavier à l'écran. Ne gardez que les claviers que vous avez choisis.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Ouvrez Paramètres, puis Compte Xiaomi (ou Compte Mi), puis Xiaomi Cloud. Regardez ce qui est synchronisé : messages, galerie, contacts, historique des appels. Désactivez ce qui doit rester seulement sur le téléphone.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Ouvrez WhatsApp, puis Paramètres, puis Discussions, puis Sauvegarde des discussions. Si « Sauvegarder sur Google Drive » n'est pas sur « Jamais », vos discussions y sont copiées. Choisissez Jamais si ce compte n'est pas sûr, et supprimez l'ancienne sauvegarde dans Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Ouvrez myactivity.google.com dans un navigateur (ou l'appli Google, puis votre photo de profil, puis Mon activité). Choisissez Google Traduction et supprimez tout. Dans « Activité sur le Web et les applications », vous pouvez arrêter l'enregistrement, ou régler la suppression automatique sur 3 mois.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Ouvrez le Play Store, appuyez sur votre photo de profil, puis Play Protect, puis la roue des paramètres. Activez « Analyser les applis avec Play Protect ».</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Ouvrez l'appli et cherchez dans ses réglages Sauvegarde, Synchronisation ou Envoi depuis l'appareil photo. Désactivez-le si le compte n'est pas sûr.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Ouvrez l'appli. Trouvez Historique (souvent dans le menu ou sous votre photo de profil) et supprimez tout. Dans les réglages de l'appli, désactivez l'enregistrement de l'historique si vous pouvez. Supprimez aussi les expressions enregistrées ou marquées d'une étoile.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Ouvrez les réglages de l'appareil photo et désactivez « Enregistrer la position » (ou Balises de localisation). Ou ouvrez Paramètres, puis Applis, puis Appareil photo, puis Autorisations, puis Position : « Ne pas autoriser ».</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Ouvrez l'appli de traduction, allez dans Historique (ou l'icône d'horloge) et supprimez-le. Désactivez « Enregistrer l'historique » si l'appli a cette option.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>D'autres ordinateurs peuvent utiliser le débogage USB sur ce téléphone</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>code PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>code PIN ou mot de passe</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Associé, avec adb de Google ({adb}, version {version}) : {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>L'association avec un code a besoin du programme « adb » de Google (Android SDK Platform-Tools), et hardener ne l'a pas trouvé sur cet ordinateur. Installez Platform-Tools depuis le site Android pour les développeurs de Google, puis réessayez. Ou connectez plutôt le téléphone avec un câble USB.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Autorisations de {app} : lecture impossible</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>Le téléphone se verrouille après l'extinction de l'écran</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Numéro de téléphone</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Vérification de sécurité du téléphone</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Téléphone :</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Les téléphones qui faisaient confiance à cet ordinateur demanderont à nouveau « Autoriser le débogage USB ? ».</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Les photos et contacts dans le cloud peuvent être demandés sans le téléphone.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a sous Android 13 avec une appli de traque renommée pour ressembler à une mise à jour du système : seul son certificat de signature la trahit.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Protect vérifie les applis</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect vérifie si les applis sont dangereuses. Les personnes qui installent des applis espions sur un téléphone le désactivent souvent d'abord. Si ce n'est pas vous qui l'avez désactivé, c'est peut-être quelqu'un d'autre.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect n'analyse pas les applis</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect est désactivé</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect est activé</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect prévient quand il trouve des applis espions connues.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect, qui vérifie si les applis sont dangereuses, est fourni avec Google Play. Sans lui, installez des applis seulement depuis une boutique en qui vous avez confiance, et seulement des applis que vous connaissez.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect : lecture impossible</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>La police qui tient le téléphone peut lire les messages de clients affichés à l'écran.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>La police lit d'abord les messages ; des messages qui disparaissent d'eux-mêmes ne sont plus là à lire.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>La police lit l'historique de traduction pour prouver le travail que font les gens.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>La police qui prend un téléphone lit d'abord les messages. Des messages qui disparaissent d'eux-mêmes ne sont plus là à lire. Chaque appli a son propre réglage : les étapes disent où.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Téléphone d'entraînement « {name} » en écoute sur {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Téléphone d'entraînement (simulé, pas un vrai téléphone)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Entraînez-vous au mode Verrouillage</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Maintenez le bouton marche/arrêt (sur certains téléphones : marche/arrêt et volume + en même temps), puis appuyez sur Verrouillage. Maintenant, seul votre code PIN ou mot de passe ouvre le téléphone : pas d'empreinte, pas de visage, pas de Smart Lock, et pas de messages sur l'écran de verrouillage. Ou éteignez le téléphone.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS privé</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>Le DNS privé est automatique</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>Le DNS privé est désactivé</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>Le DNS privé utilise un fournisseur que vous avez choisi</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS privé : lecture impossible</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>L'Espace privé se verrouille</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Profil : {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Profils du téléphone : lecture impossible</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Proxy et VPN : lecture impossible</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Glissez depuis le haut de l'écran et touchez Localisation pour la désactiver, ou ouvrez Paramètres, puis Localisation. Réactivez-la seulement quand vous avez besoin d'une carte ou d'un trajet.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Lisez chaque point avec la personne. Commencez par les plus graves, en haut.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Lisez les résultats ensemble</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Lisez ce que cette vérification a trouvé avant tout changement. Parlez à une organisation de travailleuses du sexe ou à un service d'aide de confiance, et faites ensemble un plan de sécurité.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Inscrivez-vous sur les applis de rencontre et d'annonces avec un numéro de travail seulement, pas votre numéro privé. Une deuxième SIM, un deuxième téléphone ou un numéro d'une appli d'appel conviennent.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Vous dépendez des applis de traduction</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Retirez le déverrouillage par empreinte et visage pour le voyage</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Supprimez le proxy</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>La clé de cet ordinateur a été supprimée du trousseau de clés. Les téléphones qui lui faisaient confiance demanderont de nouveau « Autoriser le débogage USB ? ».</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Supprimé : {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Supprimer une appli espion peut prévenir la personne qui l'a installée. Parlez d'abord à une personne de confiance ou à un service d'aide. Notez ce que vous avez trouvé avant de changer quoi que ce soit.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Supprimer une appli espionne ou changer des réglages peut alerter la personne qui surveille, et rendre la situation plus dangereuse.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Supprimer cette appli peut prévenir la personne qui l'a installée, et cette personne peut alors devenir dangereuse. Parlez d'abord à une personne de confiance ou à un service d'aide. Prévoyez où vous serez en sécurité et qui peut vous aider.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Remplacez la carte SIM</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Rapport enregistré ici : {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>Réglages restaurés : {restored} sur {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>Révoquez les autorisations de débogage USB à la fin</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Services d'accessibilité en marche : lecture impossible</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>Cartes SIM : lecture impossible</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 sous Android 11 : verrouillage par schéma avec Smart Lock, aperçus des messages sur l'écran de verrouillage, Google Traduction utilisé tous les jours, contacts synchronisés avec Google et Samsung, applis de rencontre et réseaux sociaux qui lisent les contacts.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Enregistrez le rapport de cette visite sur un ordinateur ou chez une personne de confiance, pas sur ce téléphone. Notez la date et les noms des applis trouvées.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>La vérification des applis dangereuses a été refusée sur ce téléphone. Si ce n'est pas vous qui l'avez refusée, c'est peut-être quelqu'un d'autre. Activez la vérification.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>La recherche indique aux applis où vous êtes, même avec le Wi-Fi et le Bluetooth désactivés.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Verrouillage de l'écran et réglages du téléphone</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Verrouillage de l'écran :</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Verrouillage de l'écran : lecture impossible</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Verrouillage de l'écran : {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Enregistrement d'écran : lecture impossible</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>L'écran reste allumé pendant la charge</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Mise en veille de l'écran : lecture impossible</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>L'écran s'éteint après</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Applis de sécurité : lecture impossible</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Correctif de sécurité :</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>Les mises à jour de sécurité sont récentes</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Mises à jour de sécurité : lecture impossible</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Numéro de série</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Numéro de série :</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Mettez un code PIN de 6 chiffres ou plus</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Mettez un verrouillage de l'écran solide</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Afficher le bouton Verrouillage dans le menu du bouton marche/arrêt</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Affiché</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Déconnectez-vous partout</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Déconnectez les comptes de travail pour le voyage</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal : faites disparaître les messages</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Laissé de côté</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock peut garder le téléphone déverrouillé</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock est désactivé</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock est activé, mais ne garde pas le téléphone déverrouillé en ce moment</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock garde le téléphone ouvert dans des lieux « de confiance », près d'appareils « de confiance », ou quand vous le portez sur vous. C'est justement à ces moments qu'on peut vous le prendre, ouvert.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock garde le téléphone ouvert chez vous ou près de votre montre : justement quand on peut vous le prendre.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock : lecture impossible</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Réseaux sociaux et vos contacts : lecture impossible</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Pour certains changements, le réglage d'avant ne peut pas être restauré :</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Quelqu'un a ajouté un certificat au téléphone</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Une personne qui tient le téléphone verrouillé peut voir quelles applis ont reçu des messages, mais pas les messages. Pour tout cacher, désactivez les notifications sur l'écran de verrouillage.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>Quelque chose a répondu à {address}, puis a cessé de répondre ou a fermé la connexion. Sur le téléphone, vérifiez que le Débogage sans fil est activé et que l'adresse et le port sont ceux qu'il affiche maintenant. Si le téléphone demande un appairage avec un code, hardener ne sait pas le faire lui-même : utilisez un câble USB, ou appairez le téléphone avec le programme adb de Google et connectez-vous à travers lui.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Un problème est survenu.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Les applis espions sont souvent installées à la main, en dehors de la boutique d'applis.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Les applis espions sont souvent installées depuis l'extérieur de la boutique d'applis.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Applis espions : lecture impossible</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Applis de traque et applis espions</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Écran allumé pendant la charge : lecture impossible</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Toujours sur le téléphone, NON effacé : {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Reste à faire, à la main</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Empêcher les applis de s'afficher par-dessus les autres</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Empêcher les applis d'installer des applis</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Empêcher les applis d'installer d'autres applis</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Empêcher les applis de lire vos notifications</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Empêchez les applis d'enregistrer votre écran sans demander</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Empêcher les réseaux sociaux et les applis de rencontre de lire vos contacts</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>Arrêter l'autre programme adb maintenant ?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Empêchez le téléphone de chercher le Wi-Fi et le Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Arrêté.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Résumé : {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Réactivez Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Désactivez la localisation quand vous n'en avez pas besoin</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Désactivez « Rester activé »</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Désactiver la sauvegarde Android dans le cloud</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Désactiver Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Désactivez la recherche Wi-Fi et Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Désactiver les accès Accessibilité que vous n'utilisez pas</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Désactivez l'accessibilité pour les applis que vous ne connaissez pas</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Désactiver la synchronisation automatique</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Désactivez les options pour les développeurs quand vous avez fini</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Désactivez l'accès aux notifications pour les applis que vous ne connaissez pas</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Désactivez la position exacte pour les applis de rencontre</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Activez la Vérification d'identité et la protection contre le vol</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Activez le DNS privé</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Éteignez le téléphone</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Éteignez le téléphone avant le contrôle des passeports et rallumez-le seulement après. Un téléphone qui a été éteint ne s'ouvre qu'avec votre code PIN.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Éteignez le téléphone avant la frontière</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Éteignez le téléphone quand une fouille est probable</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Retirer l'accès aux contacts</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Retirer les autorisations dont l'appli n'a pas besoin</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Retirez la localisation à l'appareil photo</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Retirer le micro et les contacts aux applis de traduction</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Retirez la caméra et le micro aux applis qui n'en ont pas besoin</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Retirer aux applis l'accès aux données d'utilisation</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram : utilisez la suppression automatique</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Prévenez les personnes avec qui vous êtes en contact</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Prévenez vos groupes et vos proches, pour qu'ils puissent se protéger. Retirez le numéro des discussions de groupe si vous pouvez.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>Les SMS ne disparaissent jamais d'eux-mêmes. Avant un moment à risque, supprimez les fils avec les clients dans l'appli Messages, et demandez aux clients d'utiliser une messagerie avec messages éphémères.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>SMS : supprimez ce dont vous n'avez pas besoin</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>Les SMS et les appels vont à des applis qui font partie du téléphone.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>C'est un dossier ; donnez un nom de fichier qui finit par .pdf ou .html : {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>Le programme « adb » de cet ordinateur (version {version}, {path}) ne peut pas faire d'association avec un code : l'association est arrivée avec la version 30 des Platform-Tools de Google, en 2020. Le paquet « adb » de Debian et d'Ubuntu est en version 29 et n'a pas d'association. Installez les Platform-Tools actuels de Google, ou connectez plutôt le téléphone avec un câble USB.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>Le programme « adb » de cet ordinateur est trop ancien ou ne répond pas comme prévu (version du serveur {version} ; hardener a besoin de la version {needed} ou plus récente). Installez les Android SDK Platform-Tools actuels, puis réessayez.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>Le serveur du programme « adb » ne fonctionne pas sur cet ordinateur (port {port}). Démarrez-le avec la commande « adb start-server », ou connectez-vous sans le serveur adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>L'Espace privé reste ouvert après le verrouillage du téléphone</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Les applis SMS et Téléphone étaient sur le téléphone à l'achat</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>Le serveur adb (port {port}) n'a aucun téléphone.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>Le serveur adb n'a pas le téléphone « {serial} ». Les téléphones qu'il a : {serials}. Vérifiez le nom avec « adb devices ».</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>Le serveur adb dit : {said} (état : {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>L'appareil photo et la localisation : lecture impossible</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>L'appareil photo peut utiliser votre position : chaque photo indique où elle a été prise. Envoyée ou publiée, une photo peut montrer où vous vivez ou travaillez.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>L'appareil photo ne peut pas enregistrer où les photos sont prises</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Les commandes pour ce téléphone sont trop longues pour passer par le serveur adb ({size} octets ; il en transmet au plus {limit}). Connectez-vous plutôt directement au téléphone, sans le serveur adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>La connexion avec le téléphone a été perdue (le câble a-t-il été débranché ?). Rebranchez-le : rien n'est perdu, et ce qui n'est pas fini pourra être terminé, ou les réglages d'avant restaurés.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>Le navigateur par défaut est {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>Le dossier pour le rapport n'existe pas : {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>Le fichier d'indicateurs {file} n'a pas pu être utilisé : {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>La clé que hardener garde dans le trousseau de cet ordinateur est abîmée : hardener s'est arrêté et l'a laissée telle quelle. Pour repartir avec une nouvelle clé, lancez la commande « hardener forget-key » ; les téléphones demanderont alors de nouveau « Autoriser le débogage USB ? ».</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>La clé a été supprimée du trousseau de clés.</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>Le clavier était sur le téléphone à l'achat</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>Le clavier utilisé fait partie du téléphone.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>Le trousseau où hardener garde sa clé est verrouillé. Déverrouillez-le (sous Linux : ouvrez « Mots de passe et clés » et déverrouillez « Connexion », ou fermez la session puis rouvrez-la), puis réessayez.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>La dernière mise à jour de sécurité date de {months} mois</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>Le trousseau macOS où hardener garde sa clé est verrouillé. Ouvrez l'app Trousseaux d'accès et déverrouillez le trousseau « session » (ou fermez la session puis rouvrez-la), puis réessayez.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>Le plus urgent d'abord. Chaque point dit ce qu'une personne qui tient ce téléphone pourrait voir ou faire.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Les noms des sites et applis que vous utilisez circulent sans chiffrement : le réseau sur lequel vous êtes peut les lire. Android peut les chiffrer de lui-même.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>Le téléphone se sauvegarde dans le cloud</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Le téléphone n'a pas accepté l'association. Sur le téléphone, appuyez à nouveau sur « Associer l'appareil avec un code d'association » et tapez le nouveau code et l'adresse avec son port (les deux changent à chaque fois), pendant que cette fenêtre est encore ouverte. Le téléphone et cet ordinateur doivent être sur le même réseau Wi-Fi.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>Le téléphone n'a pas autorisé cet ordinateur. Débranchez-le et rebranchez-le, déverrouillez-le, et appuyez sur « Autoriser » quand il le demande.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>Le téléphone n'a pas désactivé le débogage USB : {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>Le téléphone ne répond pas. Débranchez-le, rebranchez-le et déverrouillez-le. Si cela ne marche pas, redémarrez le téléphone.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>Le téléphone ne copie pas les données de ses applis vers un compte.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>Le téléphone n'a pas de verrouillage à attendre</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>Le téléphone n'a pas encore autorisé cet ordinateur. Déverrouillez le téléphone et appuyez sur « Autoriser » dans le message « Autoriser le débogage USB ? ».</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>Le téléphone ne garde l'autorisation de débogage USB d'aucun ordinateur, celui-ci compris.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>Le téléphone cherche sans cesse le Wi-Fi et le Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>Le téléphone se verrouille {seconds} secondes après l'extinction de l'écran</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>Le téléphone a refusé ce changement : son fabricant le bloque depuis un ordinateur. Vous pouvez encore le faire à la main dans les Paramètres du téléphone.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>Le téléphone a refusé d'enregistrer un fichier. Vérifiez qu'il a de la place libre.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>Le téléphone a donné un nom auquel hardener ne fait pas confiance ({kind}). Il a été mis de côté.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>Le téléphone reste ouvert {minutes} minutes après l'extinction de l'écran</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>Le téléphone reste ouvert {seconds} secondes après l'extinction de l'écran</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>Le téléphone a mis trop de temps à répondre. Vérifiez le câble, et que le téléphone est déverrouillé.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>Le téléphone fait confiance à des ordinateurs pour le débogage USB (nombre : {count}) et n'indique pas lequel, s'il y en a un, est celui-ci. Révoquez les autorisations quand hardener a terminé.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>Le téléphone ne fait confiance qu'aux certificats qu'il avait à l'achat.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>L'internet du téléphone ne passe ni par un proxy ni par une appli VPN installée à la main.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>La mémoire du téléphone est chiffrée</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>La mémoire du téléphone n'est pas chiffrée</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>Le profil {file} contient une erreur : règle {rule}, champ {field} : {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>Le fichier qui sert à restaurer les réglages d'avant n'est plus sur le téléphone : ils ne peuvent donc pas être restaurés automatiquement. Vous pouvez remettre chaque réglage à la main.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>La liste de ce qui a été changé est gardée sur le téléphone lui-même, pas sur l'ordinateur.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>Le fichier du rapport doit finir par .pdf ou .html : {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>Le rapport n'a pas été enregistré sur le téléphone : une appli espion y a été trouvée, ou hardener n'a pas pu vérifier s'il y en a une. Une telle appli pourrait lire le rapport et prévenir la personne qui l'a installée.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>Le rapport sera enregistré dans le dossier Téléchargements du téléphone. Toute personne qui fouille le téléphone peut l'y lire. Supprimez-le quand vous n'en avez plus besoin.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>Le plus sûr est un téléphone à part pour le travail. Si vous n'en utilisez qu'un, prenez une SIM ou un numéro à part pour le travail, WhatsApp Business ou une deuxième messagerie seulement pour le travail, et aucune photo privée dans les applis de travail.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>L'écran ne reste pas allumé pendant la charge</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>Le verrouillage de l'écran est un schéma</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>Le verrouillage de l'écran est un simple glissement du doigt</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>L'écran reste allumé {minutes} minutes avant de se verrouiller</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>L'écran reste allumé {seconds} secondes avant de se verrouiller</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>L'écran reste allumé pendant la charge</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>L'écran s'éteint après {seconds} secondes</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Les applis de sécurité de ce téléphone sont activées.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>Les réglages de verrouillage les plus forts, l'historique de traduction effacé, et les étapes à suivre avant une fouille.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>Le fichier de restauration est effacé (vérifié) : rien de ce que hardener a écrit ne reste sur le téléphone.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>Le fichier de restauration est effacé : le téléphone n'en garde plus aucun.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>Le fichier de restauration sur le téléphone n'a pas pu être lu : le rapport ne peut donc pas dire ce qui a été changé.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>Le fichier de restauration sur ce téléphone est abîmé, il ne sera donc pas utilisé. Vous pouvez l'effacer et vérifier les réglages du téléphone à la main.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>Le fichier de restauration reste sur le téléphone, verrouillé par son code de restauration. Quelqu'un qui fouille le téléphone peut voir qu'un fichier est là, mais ne peut pas le lire sans le code.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>Le profil professionnel de ce téléphone est géré par quelqu'un, souvent un employeur. Cette personne peut voir les applis et les données de ce profil. N'y mettez rien de privé.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>Il n'y a pas Google Play sur ce téléphone</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>Il n'y a pas de téléphone d'entraînement appelé « {name} ». Les téléphones d'entraînement sont : {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>Il n'y a pas de profil appelé « {name} ». Les profils sont : {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>Il n'y a pas de verrouillage de l'écran</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>Il n'y a rien à restaurer sur ce téléphone.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>Il n'y avait pas de clé dans le trousseau de clés.</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>Il n'y avait pas de clé à supprimer.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>Il n'y avait pas de préférences enregistrées.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Ces données sont copiées sur les serveurs du compte. Toute personne qui entre dans le compte, ou l'entreprise quand la police le demande, peut les lire sans votre téléphone.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Ces étapes, c'est à vous de les faire, sur le téléphone lui-même. Chacune prend une minute ou deux.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Pensez à la Protection avancée</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Réfléchissez au déverrouillage par empreinte et par visage</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Réfléchissez avant de l'effacer à distance</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Cette version d'Android ne dit pas quel navigateur est celui par défaut</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Cette version d'Android ne dit pas quel type de verrouillage c'est. Si c'est un schéma, remplacez-le par un code PIN de 6 chiffres ou plus, ou par un mot de passe.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Cette version d'Android n'indique pas à quels ordinateurs elle fait confiance pour le débogage USB. D'autres ordinateurs sont peut-être autorisés aussi. Révoquez-les tous quand hardener a terminé.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Cette version d'Android n'a pas de Protection avancée</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Cette version d'Android n'a pas de Vérification d'identité</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Cette version d'Android n'a pas le mode Verrouillage</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Ce téléphone Xiaomi refuse les changements venant d'un ordinateur tant que « Débogage USB (paramètres de sécurité) » n'est pas activé. Ouvrez Paramètres, puis Options pour les développeurs, activez-le (le téléphone peut demander de vous connecter à un compte Mi), puis appuyez sur « Réessayer ».</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Cette appli peut savoir où vous êtes tout le temps, ou lire vos SMS ou votre historique d'appels. La plupart des applis n'en ont pas besoin. Retirez-lui ce dont elle n'a pas besoin.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Cette appli peut mettre ses propres fenêtres par-dessus les autres applis. Des applis dangereuses s'en servent pour montrer de faux écrans qui volent un code PIN ou un mot de passe. Les bulles de discussion et les boutons de traduction l'utilisent aussi.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Cette appli ne vient pas d'une boutique d'applis, et elle peut accéder à vos choses privées. Les applis espions marchent comme ça. Si vous ne connaissez pas cette appli, gardez des preuves et demandez de l'aide avant de la supprimer.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Cette appli porte un nom que seules les applis d'Android utilisent, mais elle n'était pas sur le téléphone à l'achat. Les applis espionnes se cachent derrière ce genre de nom. Ne la supprimez pas tout de suite : si elle surveille, la supprimer peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Cette appli est faite pour surveiller un téléphone, par exemple comme « contrôle parental ». Si vous ne l'avez pas installée vous-même, quelqu'un suit peut-être ce que vous faites. Ne la supprimez pas tout de suite : gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Cette appli est sur des listes publiques d'applis de traque : des applis qui se cachent dans un téléphone et envoient les messages, la position, les photos et les appels à quelqu'un d'autre. Ne la supprimez pas tout de suite : cela peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Cette appli est réglée comme VPN toujours actif : tout ce que le téléphone envoie passe par elle. Elle a été installée hors d'une boutique d'applis. Si vous ne l'avez pas choisie, ne la supprimez pas tout de suite : si elle surveille, la supprimer peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Cette appli est réglée par défaut pour les SMS ou les appels : elle les reçoit tous, les codes de connexion aussi. Elle n'était pas sur le téléphone à l'achat. Si vous l'avez choisie, vérifiez que vous faites confiance à son éditeur.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Cette appli est réglée par défaut pour les SMS ou les appels : elle les reçoit tous, les codes de connexion aussi. Elle a été installée hors d'une boutique d'applis. Ne la supprimez pas tout de suite : si elle surveille, la supprimer peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Cette appli peut installer de nouvelles applis sur le téléphone. C'est souvent comme ça que les applis espions arrivent. Sauf si vous l'utilisez exprès pour installer des applis, retirez-lui cette autorisation.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Cette appli peut enregistrer ou diffuser tout ce qui est sur votre écran, shows et conversations compris, sans vous demander d'abord. Des enregistrements de shows servent au chantage. Gardez cela seulement pour une appli que vous avez choisie.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Cette appli protège le téléphone, par exemple en vérifiant que les applis n'espionnent pas. Elle a été désactivée. Les applis espionnes, ou les personnes qui les installent, font cela pour ne pas être trouvées.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Cette appli voit chaque notification : aperçus des messages, codes, rendez-vous, qui appelle. Les applis espions utilisent cela. Gardez cet accès seulement pour les applis dont vous avez besoin, comme l'appli d'une montre connectée.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Cette appli envoie votre liste de contacts sur ses propres serveurs, où des inconnus peuvent chercher les noms que des gens ont donnés à un numéro de téléphone. Les numéros de vos clients et de vos collègues, et les noms sous lesquels vous les avez enregistrés, sortent du téléphone.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Cette appli n'a pas été installée depuis une boutique d'applis et n'apparaît pas dans la liste des applis : on la remarque à peine. La connaissez-vous ? Les applis espionnes se cachent souvent ainsi. Ne la supprimez pas tout de suite : si elle surveille, la supprimer peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Cette appli n'a pas été installée depuis une boutique d'applis, n'a pas d'icône dans la liste des applis et peut faire ce que font les applis espionnes : {powers}. C'est ce que cherchent les spécialistes. Ne la supprimez pas tout de suite : si elle surveille, la supprimer peut prévenir la personne qui l'a installée. Gardez d'abord des preuves et faites un plan de sécurité.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Ce navigateur garde votre historique et vos connexions, que toute personne qui ouvre le téléphone peut lire. Pour le travail, un navigateur privé garde moins, ou utilisez la navigation privée et effacez l'historique.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Le réglage d'avant ne pourra pas être restauré.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Cet ordinateur n'autorise pas hardener à utiliser le port USB. Sous Linux, installez le paquet « android-sdk-platform-tools-common » (il ajoute les règles USB), puis rebranchez le téléphone.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>Cet ordinateur n'a pas d'endroit sûr pour garder la clé de hardener (un « trousseau de clés »). Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (par exemple : sudo apt install gnome-keyring), puis réessayez. hardener ne garde jamais la clé dans un simple fichier.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>Cet ordinateur n'a pas d'endroit sûr pour garder la clé de hardener : hardener la garde dans le Gestionnaire d'identification de Windows, qui n'a pas répondu. Connectez-vous à Windows avec votre propre compte (pas un compte invité), puis réessayez. hardener n'enregistre jamais la clé dans un simple fichier.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>Cet ordinateur n'a pas d'endroit sûr pour garder la clé de hardener : hardener la garde dans le trousseau macOS, qui n'a pas répondu. Ouvrez l'app Trousseaux d'accès, vérifiez que le trousseau « session » est là et déverrouillé, puis réessayez. hardener n'enregistre jamais la clé dans un simple fichier.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>Il manque à cette copie de hardener ses profils (les situations pour lesquelles il prépare des changements). Installez hardener à nouveau.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Cela n'a pas pu être changé depuis l'ordinateur.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>Cette appli de rencontre a votre position exacte. La police a utilisé des applis de rencontre pour trouver des travailleuses du sexe. Une position approximative suffit pour rencontrer des gens près de chez vous.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>Cette appli de rencontre a votre position exacte. La police a utilisé des applis de rencontre pour trouver des travailleuses du sexe. Cette version d'Android n'offre pas de position approximative : autorisez la localisation seulement pendant l'utilisation de l'appli, ou pas du tout.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Voici le résumé d'une vérification de sécurité de ce téléphone : ce qui a été trouvé, ce qui a été changé, ce que vous pouvez encore faire vous-même, et quoi faire si le téléphone est un jour pris.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>C'est une appli ordinaire, mais elle peut aussi servir à suivre une personne : par exemple une appli de localisation, d'enregistrement des appels ou de contrôle à distance. L'avez-vous installée, et pourquoi ?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Cette messagerie utilise vos contacts pour montrer qui d'autre l'utilise, et les personnes qui ont votre numéro peuvent voir que vous l'utilisez. Si cela peut dévoiler votre activité, utilisez-la avec un autre numéro.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Ce téléphone</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>Ce téléphone contient aussi {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>Ce téléphone porte deux numéros</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>Ce téléphone a une carte SIM utilisée et un seul WhatsApp. Si vous travaillez avec, gardez votre numéro privé sur un autre téléphone.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Ce téléphone est géré par {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>Ce téléphone garde un fichier verrouillé des changements faits lors d'une visite précédente. Avec son code de restauration, ce rapport les énumère.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>Ce téléphone garde un fichier de restauration d'une visite précédente. Tapez son code de restauration pour l'utiliser, ou effacez le fichier (les changements précédents restent alors, et les réglages d'avant ne pourront plus être restaurés).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Ce résumé n'est pas gardé sur l'ordinateur qui l'a créé. Si vous en gardez une copie, gardez-la dans un endroit sûr, ou supprimez-la quand vous n'en avez plus besoin.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Ce code de restauration n'ouvre pas le fichier de ce téléphone. Vérifiez le code et réessayez.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>Cela a été laissé tel quel, car ce n'était pas choisi.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Pour restaurer les réglages d'avant, connectez de nouveau le téléphone au programme utilisé pour ce contrôle, sur n'importe quel ordinateur, et choisissez « Restaurer les réglages d'avant ».</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>Les outils que la police utilise pour ouvrir les téléphones marchent le mieux sur les téléphones sans mises à jour de sécurité. Un vieux téléphone qui n'est plus mis à jour est plus facile à forcer, même avec un bon code PIN.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>Les outils qui ouvrent les téléphones saisis marchent le mieux sur les téléphones sans mises à jour.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Traduit du guide en anglais.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Les applis de traduction gardent ce que vous avez tapé ou dit, souvent des conversations avec des clients. La police a déjà utilisé cet historique pour prouver que des personnes sont travailleuses ou travailleurs du sexe. Effacez-le souvent.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Applis de traduction : lecture impossible</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>L'historique de traduction est lu pour prouver le travail du sexe, puis pour expulser.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Traductions gardées dans votre compte : lecture impossible</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>Historique de traduction</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Voyagez avec seulement les comptes dont vous avez besoin</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Réessayez ; si c'est toujours là, le téléphone refuse peut-être de le supprimer (vérifiez sa mémoire).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Activez Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Activez les messages éphémères, et supprimez les discussions et les photos dont vous n'avez pas besoin.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Réactivez l'expiration des autorisations</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Réactivez l'appli de sécurité</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>Deux cartes SIM, ou WhatsApp à côté de WhatsApp Business, veulent souvent dire travail et vie privée sur un même téléphone. S'il est pris, les deux vies sont dans les mêmes mains. Un téléphone de travail à part est le plus sûr.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>Le débogage USB et le débogage sans fil sont activés</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Débogage USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>Le débogage USB et les options pour les développeurs sont désactivés</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Débogage USB et ordinateurs autorisés</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>Les autorisations de débogage USB expirent</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Expiration du débogage USB : lecture impossible</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>Le débogage USB est maintenant désactivé. La connexion s'est terminée, c'est normal.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>Le débogage USB est désactivé sur ce téléphone : hardener ne peut donc pas communiquer avec lui.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>Le débogage USB est activé</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>Le débogage USB est resté activé : vous pouvez donc réessayer.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Débogage USB : lecture impossible</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Code de restauration (affiché quand les changements ont été faits) : </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Code de restauration pour ces changements : {code}   (notez-le maintenant, gardez-le à part du téléphone)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Code de restauration : {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>Restaurer les réglages d'avant ?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Déverrouillez le téléphone et appuyez sur « Autoriser » dans le message « Autoriser le débogage USB ? »…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Jusqu'à ce que vous saisissiez à nouveau votre code PIN, empreinte, visage et Smart Lock ne peuvent pas ouvrir le téléphone.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Urgent</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>L'accès aux données d'utilisation montre à une appli chaque appli que vous ouvrez, et combien de temps. Les applis espions s'en servent pour faire des rapports sur vous. Peu d'applis en ont besoin.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>L'accès aux données d'utilisation montre quelles applis vous utilisez, et quand.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Accès aux données d'utilisation : lecture impossible</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Utilisez le mode Verrouillage quand le téléphone risque d'être pris</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Utiliser un code PIN, pas votre visage ni votre doigt</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Utilisez un VPN toujours actif</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Utilisez un téléphone inconnu de la personne qui surveille pour demander de l'aide</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Utilisez un numéro à part pour le travail</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Utilisez un téléphone ou une SIM à part pour le travail</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Utiliser un verrouillage de l'écran solide</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Utilisateurs/profils :</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN et réseau</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN : lecture impossible</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber : faites disparaître les messages</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>ATTENTION : %n changement touche une appli espion, comme vous l'avez choisi (--touch-spying-apps).</numerusform>
    <numerusform>ATTENTION : %n changements touchent une appli espion, comme vous l'avez choisi (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Surveillée ou victime de chantage par un partenaire ou un client</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>WeChat n'a pas de messages éphémères. Avant un moment à risque, ouvrez Moi, puis Paramètres, puis Général, puis Stockage, et effacez l'historique dont vous n'avez pas besoin.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat : supprimez les anciennes conversations</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Travail par webcam et création de contenu</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>Ce que copient les comptes : lecture impossible</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>Ce qui a été changé</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>Ce qui a été trouvé</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business : faites disparaître les messages</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp : faites disparaître les messages</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Quand une appli demande à enregistrer ou diffuser votre écran, ne cochez jamais « Ne plus afficher ». Les paramètres du téléphone n'ont pas d'interrupteur pour revenir en arrière : laissez hardener le bloquer, ou supprimez l'appli.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>Quand hardener a terminé, ouvrez Paramètres, puis Options pour les développeurs, et désactivez Débogage sans fil.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>Quand hardener a terminé, ouvrez Paramètres, puis Options pour les développeurs, touchez « Révoquer les autorisations de débogage USB » et confirmez. Chaque ordinateur, celui-ci aussi, devra être autorisé à nouveau. Puis désactivez le débogage USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Quand c'est sans danger, ouvrez Paramètres, puis Sécurité. Regardez les empreintes, le visage et les appareils de confiance. Supprimer ce que l'autre personne a ajouté peut l'alerter : préparez-le d'abord.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>Quand le VPN se coupe ou se reconnecte, les applis peuvent se connecter sans lui un instant. Activez « Bloquer les connexions sans VPN » pour que cela n'arrive jamais.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>Quand le téléphone se verrouille</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Quand vous utilisez votre compte Google, Google peut enregistrer ce que vous traduisez dans votre compte Google, hors du téléphone. hardener ne peut pas voir ni supprimer cette copie. Vous pouvez la supprimer vous-même.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>Provenance des applis : lecture impossible</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Quand le téléphone est branché, son écran ne s'éteint jamais, donc il ne se verrouille jamais. N'importe qui peut le prendre sur le chargeur et l'utiliser.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Toute personne qui connaît le mot de passe d'un compte peut voir ce qu'il garde (messages, photos, contacts, position) depuis n'importe où, sans le téléphone. Vérifiez que vous connaissez chaque compte ici, et séparez les comptes de travail et les comptes privés.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>Pourquoi : {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>La recherche Wi-Fi et Bluetooth est désactivée</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Recherche Wi-Fi et Bluetooth : lecture impossible</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Code d'association Wi-Fi affiché sur le téléphone : </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Recherche Wi-Fi quand le Wi-Fi est désactivé</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>Le Gestionnaire d'identification de Windows, où hardener garde sa clé, ne s'est pas ouvert. Fermez votre session Windows puis rouvrez-la, puis réessayez.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows ne laisse pas hardener utiliser tout seul la connexion USB du téléphone. Installez les Platform-Tools de Google et le pilote USB du téléphone, lancez une fois « adb devices », puis choisissez le téléphone « par adb de Google » dans la liste.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>Le débogage sans fil est désactivé</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>Le débogage sans fil est activé</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Débogage sans fil : lecture impossible</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>Avec la Vérification d'identité, quelqu'un qui vous a vue taper votre code PIN ne peut pas s'en servir seul pour changer le verrouillage ou désactiver les protections. Ce téléphone l'a ; il ne l'a pas montrée activée.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Sans VPN, le réseau sur lequel vous êtes peut voir quels sites et applis vous utilisez.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Sans VPN, le réseau que vous utilisez (un hôtel, le Wi-Fi d'un client, l'opérateur) peut voir à quels sites et applis vous vous connectez. Un VPN le leur cache.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Sans verrouillage de l'écran, ce délai ne sert à rien. Définissez d'abord un code PIN.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Sans chiffrement, le contenu du téléphone peut être copié avec des outils, même quand il est verrouillé. Les anciens téléphones peuvent chiffrer depuis Paramètres ; les plus récents le font toujours.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Sans le micro et les contacts, une appli de traduction garde moins de choses sur vous.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Travail et vie privée</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Mieux vaut corriger</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 sous MIUI 14 (Android 13) avec « Débogage USB (paramètres de sécurité) » désactivé : les changements d'autorisations et l'écriture des réglages sécurisés sont refusés.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Vous pouvez le faire vous-même dans l'appli Paramètres du téléphone.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Ceci, vous le faites vous-même sur le téléphone :</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Il vous faudra le code de restauration qui vous a été donné quand les changements ont été faits.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Il vous faudra ce code de restauration : {code}. Gardez cette page à part du téléphone.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Votre compte Google garde peut-être vos traductions</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Votre internet passe par un autre ordinateur</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Votre clavier est {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>un code PIN, un schéma ou un mot de passe est défini</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>un Espace privé</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>une appli d'identification d'appels</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>une appli de stockage en ligne</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>une appli de rencontre</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>une appli de messagerie</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>une appli de surveillance</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>une autorisation</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>une deuxième copie d'applis (applis doubles)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>une appli de réseau social</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>une appli espion</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>une appli de traduction</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>un profil professionnel</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>services d'accessibilité</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>comptes</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>autorisé</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>déjà fait</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>une appli</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>une boutique d'applis</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>un autre utilisateur</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>icônes des applis</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>autorisations des applis</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>signatures et noms des applis</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>stockage des applis</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>utilisation des applis</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>applis</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>sauvegarde</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>bloqué</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>capteurs corporels</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>agenda</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>historique des appels</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>appareil photo</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>peut lire vos notifications</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>ne peut pas lire vos notifications</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>certificats ajoutés au téléphone</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>effacé</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>ordinateurs autorisés pour le débogage USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>contacts</translation>
  </message>
  <message>
   <source>default</source>
   <translation>par défaut</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>applis SMS et Téléphone par défaut</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>navigateur par défaut</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>administrateurs de l'appareil</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>affichage par-dessus d'autres applis</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>chiffré</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>chiffré (par fichier)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>chiffré (disque entier)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>l'entrée {number} du fichier est abîmée ({problem}) ; vérifiez à la main</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>empreintes et visage</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>indiquez le code d'association (les six chiffres que le téléphone affiche).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener a comparé chaque appli de ce téléphone avec des listes publiques d'applis de traque. Aucune ne correspond. Ces listes ne sont pas complètes : si quelqu'un semble savoir des choses qu'il ne devrait pas savoir, demandez de l'aide pour vérifier plus loin.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener n'a pas pu lire cela sur le téléphone : il ne peut donc pas dire ce qu'il y a. Vérifiez-le vous-même sur le téléphone, s'il vous plaît. Ce qui n'a pas marché : {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener n'a pas pu enregistrer son fichier de restauration sur le téléphone : il n'a donc rien changé. Vérifiez que le téléphone a de la place libre, puis réessayez.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener n'a rien trouvé d'anormal dans ce qu'il a pu lire, mais il n'a pas pu lire tout ce dont il a besoin pour cela : il ne peut donc pas dire que tout va bien. Vérifiez-le vous-même sur le téléphone, s'il vous plaît. Ce qui manquait : {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener a eu un problème dans une de ses propres vérifications ({check}) : cette partie du téléphone n'a donc pas été évaluée. Merci de le signaler ; les autres résultats restent valables.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener ne garde rien d'autre sur cet ordinateur. Les rapports que vous avez enregistrés vous-même sont là où vous les avez enregistrés.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener ne connaît aucune messagerie sur ce téléphone. Si vous en utilisez une, activez ses messages éphémères.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener a besoin du débogage USB pour fonctionner. Quand vous avez fini, désactivez-le : un téléphone avec le débogage activé est plus facile à copier. La dernière étape, Terminer, le fait pour vous.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>historique et données gardés sur le téléphone</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>avoir les droits d'administrateur de l'appareil</translation>
  </message>
  <message>
   <source>location</source>
   <translation>position</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>position tout le temps</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>verrouillé jusqu'à ce que le code PIN soit entré</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS ne laisse pas hardener utiliser tout seul la connexion USB du téléphone. Installez les Platform-Tools de Google, lancez une fois « adb devices », puis choisissez le téléphone « par adb de Google » dans la liste.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>messages</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>micro</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>appareils à proximité</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>aucun (n'importe qui peut ouvrir le téléphone)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>normal</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>non autorisé</translation>
  </message>
  <message>
   <source>off</source>
   <translation>désactivé</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>ancien : renseignez-vous sur les mises à jour</translation>
  </message>
  <message>
   <source>on</source>
   <translation>activé</translation>
  </message>
  <message>
   <source>password</source>
   <translation>mot de passe</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>schéma (facile à observer et à deviner)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>en pause</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>appels téléphoniques</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>modèle du téléphone et version d'Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>photos</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>photos et fichiers</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>lire les notifications</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>lire l'écran</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>lecture : {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>récent</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>verrouillage de l'écran</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>enregistrement d'écran</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>réglages</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>laissé de côté, le téléphone a donné un nom suspect : {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>simple glissement du doigt (n'importe qui peut ouvrir le téléphone)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>désactivé</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>synchronisation</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>SMS</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>inconnu</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>inconnu (le téléphone ne l'a pas indiqué)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>utilisable</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>accès aux données d'utilisation</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>utilisateurs et profils</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>oui</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} agit comme une appli espionne</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} peut sauvegarder toutes vos discussions, photos et messages vocaux sur Google Drive. hardener ne peut pas voir si c'est le cas : vérifiez, s'il vous plaît. Toute personne qui entre dans ce compte Google peut lire la sauvegarde.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} peut servir à surveiller quelqu'un</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} peut copier des photos et des fichiers dans le cloud</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} peut s'afficher par-dessus les autres applis</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} peut installer d'autres applis</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} peut lire toutes vos notifications</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} peut lire vos contacts</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} peut lire votre trafic internet</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} peut enregistrer votre écran sans demander</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} peut voir et contrôler votre écran</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} peut voir quelles applis vous utilisez, et quand</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} peut utiliser : {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} ne vient pas d'une boutique d'applis</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} reçoit vos SMS</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} gère vos appels</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} a les droits d'administration de l'appareil</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} n'a pas d'icône dans la liste des applis</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} est toujours actif et bloque le trafic sans lui</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} est toujours actif, mais le trafic peut sortir sans lui</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} garde un historique de ce que vous traduisez</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} ne garde presque plus rien sur le téléphone</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} sait exactement où vous êtes</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} copie peut-être vos discussions dans le cloud</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} envoie peut-être vos photos ou vos fichiers dans son cloud. hardener ne peut pas voir ce qu'elle envoie : vérifiez, s'il vous plaît. Toute personne qui entre dans le compte peut les voir.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} se fait passer pour une partie d'Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} met votre position dans chaque photo</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} lit l'écran sans figurer dans la liste</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; non (pas de terminal pour poser la question)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>Le compte {service} {account} copie vos données : {data}</translation>
  </message>
 </context>
</TS>
