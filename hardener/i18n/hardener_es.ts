<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>%v de %m cambios hechos</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Cambio</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Los cambios y su estado</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Cambios hechos hasta ahora</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Cambiando el teléfono…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Deja el teléfono conectado. Primero, hardener guarda en el teléfono un registro para deshacer los cambios.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>No, saltarlo</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Pregunta: este cambio no se puede deshacer</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Estado</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Dejar de cambiar el teléfono (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Parando…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Este cambio no se puede deshacer</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Sí, para las %n apps como esta</numerusform>
    <numerusform>Sí, para las %n apps como esta</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Sí, hacerlo</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
Ahora: {now}. Después: {after}.
Esto no se puede deshacer. ¿Hacer este cambio?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Revisando…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>No se pudo revisar</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Hecho</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>Ya lo hice</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>Ya lo hice: revisar otra vez</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Todavía no</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Dejar de revisar</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>Por hacer</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener ha revisado el teléfono: esto está hecho.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener ha revisado el teléfono: esto todavía no está hecho. Vuelve a seguir los pasos.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener no ha podido revisar esto en el teléfono. Asegúrate de que está hecho.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener está leyendo el teléfono otra vez…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener vuelve a leer el teléfono para revisar este paso</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>Sobre el punto elegido</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Revisar otra vez</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Elige una línea a la izquierda para leer sobre ella.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Elegir qué cambiar</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Elige tu situación y mira cada cambio antes de hacerlo</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>Lo que se ha encontrado, por grupos, lo más grave primero</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>De la guía de NSWP “Seguridad digital”, sección: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Gravedad</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desactivar la depuración USB y terminar</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>Lo que ha encontrado hardener</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>Lo que hardener ha visto en el teléfono</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>Lo que puedes hacer</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>Por qué importa</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener ha encontrado %n cosa que arreglar</numerusform>
    <numerusform>hardener ha encontrado %n cosas que arreglar</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener no ha encontrado nada que arreglar en lo que ha podido revisar</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener no ha encontrado nada urgente que arreglar</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>Queda %n cosa por hacer en el teléfono. Solo tú puedes hacerla.</numerusform>
    <numerusform>Quedan %n cosas por hacer en el teléfono. Solo tú puedes hacerlas.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Un PDF o una página web, donde elijas</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Atrás</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Termina la conexión con el teléfono</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>No se pudo borrar, así que la depuración USB sigue activada. Vuelve atrás e intenta Terminar otra vez.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Mantener la posibilidad de deshacer más tarde. Quien revise el teléfono puede ver que se cambiaron sus ajustes.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Hacer que el teléfono olvide este ordenador</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Siguiente persona: borrar todo</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>En el teléfono, abre Ajustes y luego Opciones para desarrolladores (suele estar en “Sistema”). Si no encuentras Opciones para desarrolladores, ya están desactivadas: has terminado.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Borra de la pantalla y de la memoria todo lo que hay sobre este teléfono</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Informe guardado: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Guardar antes un informe</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Ver lo que queda por hacer</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Parar (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Desactivar la depuración USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Desactiva “Usar opciones para desarrolladores”, arriba en la pantalla.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Desactivando la depuración USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Toca “Revocar autorizaciones de depuración USB” y luego “Aceptar”.</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>El teléfono no lo ha confirmado. Desactiva la depuración en el teléfono: sigue los pasos de abajo.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>No se pudo guardar el informe: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>El registro para deshacer sigue en el teléfono</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Esto tarda unos segundos.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Para deshacer más tarde necesitarás el código para deshacer que te dieron.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Para deshacer más tarde necesitarás este código para deshacer: %1. Guárdalo lejos del teléfono.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>La depuración USB está desactivada</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>Puede que la depuración USB siga activada</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Desconecta el teléfono.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Ya puedes desconectar el teléfono. Un último paso en el teléfono:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>Ahora hardener desactiva la depuración USB y las Opciones para desarrolladores en el teléfono. Después, el teléfono se desconecta: es normal.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Los datos biométricos, como las huellas dactilares y los escaneos del iris, se usan en los pasaportes y en las fronteras, lo que es preocupante cuando las trabajadoras sexuales son migrantes con la entrada prohibida.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Los datos pueden recogerse por muchos canales, como páginas web, aplicaciones, sistemas de banca móvil y biometría, sin que las trabajadoras sexuales lo sepan o den su consentimiento activo, lo que supone riesgos inaceptables para su seguridad y su privacidad.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Protección de datos, censura, organización, seguridad y privacidad</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Las tecnologías digitales, como las aplicaciones móviles y las prácticas de vigilancia biométrica, también pueden usarse para encontrar, contar, identificar, seguir, rastrear y castigar a las trabajadoras sexuales;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Durante el confinamiento hubo una especie de «caza» de trabajadoras sexuales a través de las redes [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Se sabe que el algoritmo «Personas que quizá conozcas» de Facebook reúne en Facebook información de los usuarios procedente de distintas plataformas y dispositivos, lo que hace que las cuentas privadas de las trabajadoras sexuales sean visibles en las pantallas de clientes o familiares y elimina así las protecciones de seguridad que ellas habían establecido.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Por ejemplo, cuando detienen a trabajadoras sexuales, sus teléfonos pueden usarse para obtener información comprometedora con la que chantajearlas y sacarles sobornos.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Buenas prácticas</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Leyes dañinas que regulan los espacios digitales y su impacto en la privacidad, la seguridad y el bienestar de las trabajadoras sexuales</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Introducción</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Las fuerzas del orden también revisan los teléfonos de las trabajadoras sexuales cuando las detienen, y prestan especial atención a sus mensajes y a su historial de Google Traductor.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Las fuerzas del orden también revisan los teléfonos de las trabajadoras sexuales cuando las detienen, y prestan especial atención a sus mensajes y a su historial de Google Traductor. Después esto se usa para demostrar que son trabajadoras sexuales, y luego las condenan o las deportan, o ambas cosas.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Revisión de la literatura</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Muchas integrantes mencionaron casos en que personas que buscaban formas de explotar y abusar de trabajadoras sexuales mediante chantajes y amenazas obtuvieron datos sensibles.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Muchas de las personas encuestadas también contaron que la policía vigila sitios web, redes sociales y apps de citas para reunir información sobre trabajadoras sexuales y exigirles dinero o sexo.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Mapear los locales o lugares físicos que frecuentan las trabajadoras sexuales es extremadamente delicado y puede ser peligroso.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Recomendaciones</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Los proveedores de servicios y las trabajadoras sexuales deben saber cómo estas plataformas y aplicaciones en línea podrían usar los datos recogidos o compartirlos con terceros, como anunciantes, accionistas e incluso gobiernos.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Algunas prácticas de seguridad digital que adoptan las trabajadoras sexuales son usar una VPN (red privada virtual), tener teléfonos y tarjetas SIM distintos para el trabajo y para la vida privada,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Algunas prácticas de seguridad digital que adoptan las trabajadoras sexuales son usar una VPN (red privada virtual), tener teléfonos y tarjetas SIM distintos para el trabajo y para la vida privada, proteger con contraseña, usar cifrado,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>El Código de Procedimiento Penal (CPP) permite a los agentes de policía o a terceros designados obtener cualquier dato que se considere necesario sin autorización judicial.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Que otras personas revelen que alguien ejerce el trabajo sexual es una gran amenaza. Siempre existe el riesgo de que los clientes encuentren la cuenta personal de las trabajadoras sexuales.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>El uso de la biometría, la minería y la recolección de datos, la microsegmentación, la geolocalización en mapas, etc. en las intervenciones digitales con trabajadoras sexuales está lleno de peligros y socava la eficacia de la prestación de servicios.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Hay casos en que personas capturan fotos o vídeos de trabajadoras sexuales de espectáculos por webcam y luego los usan para chantajearlas.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Esto también es común en muchos países cuando detienen a una trabajadora sexual y la policía le confisca el teléfono para obtener información sobre otras trabajadoras sexuales.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Esto, a su vez, puede hacer que las trabajadoras sexuales sean expuestas, sufran «doxxing» (que alguien revele en internet datos que las identifican), acoso, persecución, chantaje u otros comportamientos abusivos que ponen en peligro su bienestar y su vida.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>cualquier tipo de recolección de datos puede amenazar la privacidad y la seguridad de las trabajadoras sexuales si acaba en malas manos.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>elegir navegadores, plataformas, proveedores de correo electrónico, apps y otras herramientas de comunicación que ofrezcan mejores opciones de protección de datos y privacidad.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>muchas trabajadoras sexuales prefieren tener una identidad en línea aparte para el trabajo.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>los datos sensibles pueden acabar en manos de personas que quieren hacer daño a las trabajadoras sexuales, incluso cuando se cree que están a salvo.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>Documentos</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>Ocultar esta ventana ya y borrar todo lo que muestra</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Salir rápido (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Quedarme</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>Terminar desactiva la depuración USB y borra el registro para deshacer. Si se deja activada, es una puerta al teléfono para quien lo tenga después.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Salir de todos modos</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>El teléfono se está cambiando ahora mismo. Salir ahora puede dejar un cambio a medias.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>La depuración USB sigue activada</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>La depuración USB sigue activada: ¿terminar primero?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>A&amp;yuda</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Idioma</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>Siguiente &amp;persona: borrar todo</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Salir</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Sesión</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;Tamaño del texto</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Texto más grande</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>Revisión parada. No se ha cambiado nada en el teléfono.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Cómo activar la &amp;depuración por USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Grande</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Más grande</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Muy grande</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Normal</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Teléfono: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Teléfono de práctica (no es un teléfono real)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Texto más pequeño</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Parado. El teléfono no está conectado.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: revisar y proteger un teléfono</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Ya está bien</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>No se puede deshacer</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Cambiando…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Arreglado</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Quizá cambiado</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>No arreglado</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>No restaurado</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Restaurado</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Saltado</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>El teléfono no ha aceptado el cambio. Algunos teléfonos lo bloquean.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>El teléfono no ha recuperado el valor anterior.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>El teléfono ha dicho: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>El teléfono ya estaba así.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Esperando</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>Trabajando…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Elegiste no hacer este cambio.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener no ha podido volver a leer el ajuste, así que no puede decir si ha funcionado.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>Ya estaban bien: %n.</numerusform>
    <numerusform>Ya estaban bien: %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>Arreglados: %n.</numerusform>
    <numerusform>Arreglados: %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>Sin arreglar: %n (mira abajo por qué).</numerusform>
    <numerusform>Sin arreglar: %n (mira abajo por qué).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>Saltados: %n.</numerusform>
    <numerusform>Saltados: %n.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Un PDF o una página web, donde elijas</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Cambio</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Revisar otra vez el teléfono y hacer los cambios rechazados</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Terminado</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Terminado, con problemas</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Terminado. Esto no se puede deshacer.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Cada cambio y su resultado</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Volver a poner los valores de antes</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Informe guardado: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Resultado</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Guardar un informe</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Queda por hacer en el teléfono: %n</numerusform>
    <numerusform>Queda por hacer en el teléfono: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desactivar la depuración USB y terminar</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>No se pudo guardar el informe: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Intentar de nuevo</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Código para deshacer: %1. Solo lo necesitas para deshacer estos cambios más tarde desde otro ordenador. Anótalo y guárdalo lejos del teléfono.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Deshacer estos cambios</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>Lo que solo tú puedes hacer en el teléfono, revisado otra vez</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Por qué</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Si no aparece “Opciones para desarrolladores”, actívalas primero: sigue “Cómo activar la depuración USB” hasta “Opciones para desarrolladores”. El teléfono y este ordenador deben estar en la misma red Wi-Fi.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>En la pantalla “Depuración inalámbrica”, la dirección bajo “Dirección IP y puerto” es la de conexión. Su puerto no es el de vinculación. Escríbela también abajo.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Abre Ajustes y busca “Opciones para desarrolladores”. Suele estar en “Sistema”. También puedes escribir “Desarrollador” en el buscador de arriba de Ajustes.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Abre Ajustes. Toca “Ajustes adicionales” (o “Ajustes del sistema”) y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Abre Ajustes. Toca “Ajustes adicionales” y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Abre Ajustes. Toca “Sistema y actualizaciones” y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Abre Ajustes. Toca “Sistema” y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Abre Ajustes. “Opciones para desarrolladores” está al final del todo: tócalo.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Activa “Depuración inalámbrica”. El teléfono pregunta “¿Permitir la depuración inalámbrica en esta red?”: toca “Permitir”.</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Toca las palabras “Depuración inalámbrica” (no el interruptor) para abrir su pantalla. Luego toca “Vincular dispositivo con código de vinculación”.</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>El teléfono muestra un “Código de vinculación de Wi-Fi” de seis cifras y una “Dirección IP y puerto”. Escribe los dos abajo. Deja esa ventana abierta en el teléfono hasta que hardener diga que está conectado.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Dirección de conexión (Dirección IP y puerto):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Dirección de conexión, por ejemplo 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Atrás</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Conectar por Wi-Fi con un código de vinculación</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Para teléfonos con Android 11 o más reciente, sin cable. El programa “adb” de Google (Platform-Tools) hace la vinculación. Después, el teléfono confía en la clave de ese programa, que se guarda en un archivo de la carpeta personal de este ordenador (.android/adbkey), no en la clave propia de hardener. El adb de Google también guarda en esa carpeta una lista de los teléfonos vinculados (.android/adb_known_hosts.pb): quien registre este ordenador puede ver que se vincularon teléfonos. hardener no la borra.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>El programa “adb” de Google, versión {version}, hará la vinculación ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Buscando el programa “adb” de Google en este ordenador…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marca del teléfono</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Otros teléfonos</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Vincular y conectar</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Dirección y puerto de vinculación, por ejemplo 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Dirección y puerto de vinculación:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>La vinculación no se puede hacer desde este ordenador. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Escribe primero las tres cosas que muestra el teléfono: la dirección de vinculación, el código y la dirección de conexión.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Usar un cable USB en su lugar</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Código de vinculación de Wi-Fi, seis cifras</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Código de vinculación de Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener no pudo ejecutar el programa “adb” de Google.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>Información del teléfono</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Ajustes adicionales</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Permitir</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Permitir depuración ADB en modo solo carga</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>¿Permitir depuración USB?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>¿Permitir la depuración inalámbrica en esta red?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Permitir siempre desde este ordenador</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Versión de Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Aplicaciones</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Batería</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Número de compilación</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Solo carga</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Denegar</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opciones para desarrolladores</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Nombre del dispositivo</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Pantalla</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Transferencia de archivos</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>Dirección IP y puerto: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Versión de MIUI / Versión del SO</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Modelo</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Redes e Internet</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>Aceptar</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Vincular dispositivo con código QR</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Vincular dispositivo con código de vinculación</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Vincular con dispositivo</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Imagen de la pantalla de un teléfono</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Revocar autorizaciones de depuración USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>¿Revocar el acceso a la depuración USB de todos los ordenadores que has autorizado antes?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Seguridad</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Ajustes</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Información de software</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Pantalla activa</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Sistema</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Sistema y actualizaciones</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Toca: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>La huella digital de la clave RSA del ordenador es: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Depuración USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Depuración USB (ajustes de seguridad)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>La depuración USB solo está pensada para el desarrollo.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Usar USB para</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Usar opciones para desarrolladores</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Usar depuración inalámbrica</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Versión</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Código de vinculación de Wi-Fi: 482915
Dirección IP y puerto: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Depuración inalámbrica</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>¡Ahora eres desarrollador!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>Permitir</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>¿Permitir depuración USB?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Permitir siempre desde este ordenador</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Denegar</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>En la pantalla del teléfono de práctica (no es un teléfono real):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Pantalla del teléfono de práctica</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Teléfono de práctica: permitir este ordenador</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Teléfono de práctica: rechazar este ordenador</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>La huella digital de la clave RSA del ordenador es:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Un perfil tiene un error</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Otro programa está usando el teléfono</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Pregunta antes de parar el programa adb en este ordenador</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Volver a la vinculación</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Volver al inicio</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Volver a conectar</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Conectar a través del programa adb que tiene el teléfono, sin detenerlo</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Detalles para la persona que ayuda</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cómo activar la depuración USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Más de un teléfono</translation>
  </message>
  <message>
   <source>No</source>
   <translation>No</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>No se ha encontrado ningún teléfono</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>No hay un lugar seguro para la clave de hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>Nada responde en esta dirección</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>No se ha cambiado nada</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>No se ha cambiado nada en el teléfono.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>La vinculación no se puede hacer desde este ordenador</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Puede que algunos cambios ya estén hechos. Vuelve a conectar el teléfono: hardener te los mostrará y te ofrecerá terminarlos o deshacerlos.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Puede que algunos ajustes todavía no estén como antes. Vuelve a conectar el teléfono para terminar de deshacerlos.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Algo ha salido mal</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Parar el otro programa…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Parado</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>El puerto USB no está permitido</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>Se ha perdido la conexión con el teléfono</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>El llavero está bloqueado</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>El teléfono no aceptó la vinculación</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>El teléfono no ha permitido este ordenador</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>El teléfono no responde</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>El teléfono todavía no ha permitido este ordenador</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Esta dirección no se puede usar</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Esto no es un código de vinculación</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Esto para el programa “adb” en este ordenador. Si otra persona lo está usando (por ejemplo, Android Studio), perderá su conexión con el teléfono. ¿Pararlo?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Intentar otra vez</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>La depuración USB está desactivada</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>Puede que la depuración USB siga activada. Vuelve a conectar el teléfono y pulsa Terminar, o desactívala en el teléfono.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>Usarlo</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Sí, pararlo</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener ha tenido un problema inesperado. No se hará nada más en el teléfono.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>La clave de hardener está dañada</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>¿También en un segundo idioma, uno al lado del otro (por ejemplo, el de la formadora o el formador)?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Solo en este idioma</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Página web (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Guardar el informe</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>No cambiar nada en este teléfono</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>Todavía no enfrentes a nadie por esto. Quitar o cambiar la app puede alertar a la persona que la instaló.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Pide ayuda: una organización de trabajadoras sexuales, un servicio contra la violencia doméstica o una línea de ayuda en seguridad digital pueden ayudarte a decidir qué hacer.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Seguir, y cambiar también esa app</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Seguir, sin tocar esa app</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Primero haz un plan de seguridad: a dónde puedes ir y a quién puedes llamar si las cosas empeoran.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Solo si tienes un plan de seguridad: la persona que la instaló puede notarlo</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>Los demás cambios se pueden hacer; no se cambia nada de esa app</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Para y lee: se encontró una app que puede espiar este teléfono</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>Parar aquí</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>La app puede ver lo que se hace en este teléfono, incluidos los cambios que se hagan ahora.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>Revisando el teléfono otra vez…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Revisando el teléfono…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Cuánto del teléfono se ha leído</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Partes del teléfono ya leídas</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Leído: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Dejar de revisar (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Parando…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener lee los ajustes del teléfono. No cambia nada.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>Ya hechos: %n.</numerusform>
    <numerusform>Ya hechos: %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>%n cambio se ha dejado fuera porque un nombre en el teléfono no parecía seguro.</numerusform>
    <numerusform>%n cambios se han dejado fuera porque un nombre en el teléfono no parecía seguro.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>Cambios que no se pueden deshacer: %n. Se te volverá a preguntar.</numerusform>
    <numerusform>Cambios que no se pueden deshacer: %n. Se te volverá a preguntar.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>Después</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Ya hecho</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Volver a lo que se ha encontrado</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Se puede deshacer</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>No se puede deshacer</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Cambio</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Cambiar el teléfono como se ve en la lista</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Cambios que hará hardener</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Elige una situación a la izquierda.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Elige la situación más parecida a la tuya. Verás cada cambio antes de hacerlo.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Cada cambio, con el valor de ahora y el de después</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Para quien ayuda: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Hacer estos cambios</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Ahora</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Situaciones</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Pasos que haces tú en el teléfono</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>El teléfono ya está así. No hay nada que cambiar.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Esta opción no cambia nada en el teléfono.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>¿Se puede deshacer?</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>¿Cuál es tu situación?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener hará %n cambio.</numerusform>
    <numerusform>hardener hará %n cambios.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Un teléfono por USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Un teléfono por wifi (dirección)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Dirección del teléfono en la wifi, por ejemplo 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Revisar y proteger un teléfono</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Conectar</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Conectar por Wi-Fi con el código de vinculación del teléfono, a través del programa adb de Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Conecta el teléfono a este ordenador. hardener lo revisa, explica lo que encuentra y puede cambiar ajustes para hacerlo más seguro. No guarda nada del teléfono en este ordenador.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Conectar con el teléfono elegido</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cómo activar la depuración USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Buscar otra vez</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Buscar otra vez teléfonos conectados por USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Todavía no se encontró ningún teléfono. El programa “adb” de Google está en este ordenador pero no está en marcha: ejecuta una vez “adb devices” en su carpeta, luego conecta el teléfono, desbloquéalo y activa la depuración USB. hardener pasará entonces a través de él.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Todavía no se ha encontrado ningún teléfono. Conéctalo con un cable USB, desbloquéalo y activa la depuración USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Teléfonos encontrados por USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Teléfono de práctica (no es un teléfono real)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>El teléfono pide un código de vinculación (Android 11 y más reciente)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Primero escribe la dirección del teléfono, por ejemplo 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Qué teléfono de práctica</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, a través del adb de Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (a través del adb de Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: no responde (a través del adb de Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: este ordenador no permite el puerto USB (a través del adb de Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: esperando “Permitir” en el teléfono (a través del adb de Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (a través del adb de Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n cosa que solo tú puedes hacer en el teléfono. Hazla y luego pulsa «Ya lo hice»: el teléfono se revisa otra vez.</numerusform>
    <numerusform>%n cosas que solo tú puedes hacer en el teléfono. Haz cada una y luego pulsa «Ya lo hice»: el teléfono se revisa otra vez.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Atrás</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>No queda nada por hacer en el teléfono en lo que se pudo revisar.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Queda por hacer en el teléfono</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desactivar la depuración USB y terminar</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>%n cambio no se puede deshacer (por ejemplo, el historial borrado de una app).</numerusform>
    <numerusform>%n cambios no se pueden deshacer (por ejemplo, el historial borrado de una app).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>No se han podido restaurar: %n. Mira abajo por qué.</numerusform>
    <numerusform>No se han podido restaurar: %n. Mira abajo por qué.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n valor está otra vez como antes.</numerusform>
    <numerusform>%n valores están otra vez como antes.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Un código para deshacer tiene 12 letras y números, como 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Atrás</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Cambio</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Cambios en el registro para deshacer</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Revisar el teléfono otra vez</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Revisar el teléfono; no cambiar nada</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Borrar el registro</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Terminar o deshacer los últimos cambios</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Seguir sin él</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>Se hizo en una visita anterior y está cerrado con un código para deshacer. Escribe el código para ver y deshacer esos cambios. Sin el código, puedes borrar el registro: los cambios anteriores se quedan y ya no se pueden deshacer.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Mantener los cambios</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Deja el teléfono conectado.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Mantenerlos y seguir</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Abrir el registro</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Deshecho en parte</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Volver a poner los valores de antes</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Volviendo a poner los valores de antes…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Estado</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Dejar de deshacer (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desactivar la depuración USB y terminar</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>Los cambios anteriores se quedan; ya no se pueden deshacer</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>Los últimos cambios no se terminaron</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>No se pudo borrar el registro: sigue en el teléfono. Inténtalo otra vez.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Este código no abre el registro. Revisa cada letra y número, e inténtalo otra vez.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>Este teléfono guarda un registro para deshacer</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Para cambiar este teléfono, primero abre el registro anterior con su código, o bórralo. Escribir encima haría perder la forma de volver atrás.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Código para deshacer:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Deshacerlos</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>¿Deshacer estos cambios?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Deshecho</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Por qué</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener ya cambió este teléfono antes y guardó en él un registro para deshacer. Se puede deshacer %n cambio.</numerusform>
    <numerusform>hardener ya cambió este teléfono antes y guardó en él un registro para deshacer. Se pueden deshacer %n cambios.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener vuelve a poner los valores que tenía el teléfono antes. Se puede deshacer %n cambio.</numerusform>
    <numerusform>hardener vuelve a poner los valores que tenía el teléfono antes. Se pueden deshacer %n cambios.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener estaba cambiando este teléfono cuando se paró (quizá se desconectó el cable). Apuntó cada valor que puede haber cambiado. Se puede deshacer %n cambio.</numerusform>
    <numerusform>hardener estaba cambiando este teléfono cuando se paró (quizá se desconectó el cable). Apuntó cada valor que puede haber cambiado. Se pueden deshacer %n cambios.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Busca “Número de compilación” (a veces está dentro de “Información de software” o “Versión”) y tócalo 7 veces, rápido. También puedes escribir “Número de compilación” en el buscador de arriba en Ajustes.</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Vuelve a Ajustes y busca “Opciones para desarrolladores”. Suele estar en “Sistema”. También puedes escribir “desarrolladores” en el buscador de arriba en Ajustes.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Vuelve a Ajustes. Toca “Ajustes adicionales” (o “Ajustes del sistema”) y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Vuelve a Ajustes. Toca “Ajustes adicionales” y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Vuelve a Ajustes. Toca “Sistema y actualizaciones” y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Vuelve a Ajustes. Toca “Sistema” y luego “Opciones para desarrolladores”.</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Vuelve a la primera pantalla de Ajustes. “Opciones para desarrolladores” está ahora abajo del todo. Tócalo.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Si también ves “Depuración USB (ajustes de seguridad)”, actívalo también. Sin eso, hardener puede revisar el teléfono, pero no puede cambiar algunos ajustes. Puede que el teléfono te pida iniciar sesión en una cuenta Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Si ves “Permitir depuración ADB en modo solo carga”, actívalo también.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Abre Ajustes. Baja hasta el final y toca “Información del teléfono”.</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Conecta el teléfono a este ordenador con un cable USB. Desbloquea el teléfono. Si el teléfono pregunta para qué es la conexión USB, elige “Transferencia de archivos”.</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Activa “Depuración USB”. El teléfono te pide que lo confirmes: toca “Aceptar”.</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Toca “Número de compilación” 7 veces, rápido. Si el teléfono lo pide, escribe tu PIN. Después, el teléfono dice que ahora eres desarrollador.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Toca “Versión de MIUI” 7 veces, rápido (en teléfonos más nuevos se llama “Versión del SO”). Si el teléfono lo pide, escribe tu PIN.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Toca “Información de software”.</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Toca “Versión”. Luego toca “Número de compilación” 7 veces, rápido. Si el teléfono lo pide, escribe tu PIN.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>El teléfono pregunta “¿Permitir depuración USB?”. Toca “Permitir”. No marques “Permitir siempre”, salvo si este es tu propio ordenador.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Atrás</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Elige la marca del teléfono. Luego haz los pasos en el teléfono, uno a uno.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cómo activar la depuración USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marca del teléfono</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Otros teléfonos</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>Volver a conectar con el teléfono</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Conectando con el teléfono…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>No marques “Permitir siempre desde este ordenador”, salvo si este es tu propio ordenador. Si no ves la pregunta, desconecta el cable y vuelve a conectarlo.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Dejar de conectar (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Toca “Permitir” en el teléfono</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>¿Tocaste “Denegar” sin querer? Desconecta el teléfono, vuelve a conectarlo e inténtalo de nuevo.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>El teléfono de práctica pregunta “¿Permitir depuración USB?”. Responde en la pantalla del teléfono de práctica.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Esto tarda unos segundos.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Intentar de nuevo</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Desbloquea el teléfono. Pregunta “¿Permitir depuración USB?”. Toca “Permitir”.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Esperando</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (En este caso: cuando esté activado, vuelve a ejecutar el mismo 'hardener apply'.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (O déjalo en marcha y pasa a través de él: el mismo comando con --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Solo con él se podrán deshacer estos cambios más tarde, desde cualquier ordenador: hardener undo --undo-code CODE.
  'hardener finish' borra del teléfono el registro para deshacer, salvo que añadas --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>«Inhabilitar tiempo de espera de autorización de adb» está activado en Opciones de desarrollador: un ordenador autorizado una vez mantiene su acceso aunque no se use en meses. Desactívalo y revoca las autorizaciones cuando hardener termine.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>“Sincronizar automáticamente” está activado: los contactos, el calendario y más cosas se copian en las cuentas todo el tiempo. Cualquiera con la contraseña puede leer esa copia sin el teléfono, o la empresa puede dársela a la policía.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>«{address}» no es una dirección de red que hardener pueda usar. Escríbala como la muestra el teléfono en Depuración inalámbrica: números y un puerto, por ejemplo 192.168.1.20:5555 (el puerto es un número del 1 al 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>“{code}” no es un código de vinculación. El código son las seis cifras que el teléfono muestra bajo “Código de vinculación de Wi-Fi”.</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n app</numerusform>
    <numerusform>%n apps</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>Se puede deshacer %n cambio.</numerusform>
    <numerusform>Se pueden deshacer %n cambios.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n entrada del registro está dañada y se dejará como está.</numerusform>
    <numerusform>%n entradas del registro están dañadas y se dejarán como están.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>hace %n mes</numerusform>
    <numerusform>hace %n meses</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n cosa que revisar.</numerusform>
    <numerusform>%n cosas que revisar.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>“{title}” ({what}): esto NO se puede deshacer. ¿Hacerlo?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(NO se puede deshacer)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(No se ha cambiado nada.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(no se puede deshacer: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(sin definir)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 minuto</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 minutos</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 segundos</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 minutos</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 minutos</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 segundos</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 minutos</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 segundos</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>Una app “propietaria del dispositivo” controla casi todo en este teléfono y puede ver mucho. Eso solo es normal en un teléfono de trabajo que te da una empresa. Si este es tu propio teléfono, pide ayuda.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>Solo un PIN, nada legible en la pantalla de bloqueo, el historial de traducción borrado y el teléfono apagado en la frontera.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Un Espacio privado oculta apps, pero sigue abierto un rato después de bloquearse el teléfono. Configúralo para que se bloquee siempre con el teléfono.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Un teléfono roto u hostil (Android 12L): nombres de paquetes, nombres de cuentas, ajustes y propiedades que intentan una inyección de shell, con saltos de línea, bytes NUL, marcas de derecha a izquierda, valores muy largos y líneas basura en cada volcado.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>Una app de identificación de llamadas</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>Se añadió un certificado a los que el teléfono considera de confianza. Con él, otro ordenador puede leer el tráfico de internet que las apps protegen. Si no lo añadiste tú, guarda pruebas y pide ayuda antes de quitarlo.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>Una revisión no ha podido terminar</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Cualquiera con la contraseña de la cuenta puede leer una copia de seguridad en la nube sin el teléfono.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>Una app de almacenamiento en la nube</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Un ordenador que no se usa durante un tiempo tiene que ser autorizado otra vez.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Un ordenador vinculado con este teléfono puede controlarlo por Wi-Fi, sin cable. Si está activada para esta visita, desactívala cuando hardener termine; si no, puede que otra persona la use.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>Hay una copia en el teléfono: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>Una copia de lo que traduces puede quedarse en tu cuenta de Google.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>Una app de citas</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>Una app de administración del dispositivo puede bloquear o borrar el teléfono, y es difícil de quitar.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Tu cara o tu dedo se pueden usar para abrir el teléfono sin tu permiso.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>En una frontera pueden forzarte a usar un dedo o la cara; un PIN en tu cabeza, no.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>Pueden forzarte a usar un dedo o la cara. Antes de un momento de riesgo, bórralos en Ajustes, luego Seguridad, o usa Bloqueo de seguridad desde el menú de encendido.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>Te pueden obligar a usar tu dedo o tu cara: alguien puede poner el teléfono delante de tu cara o apretar tu dedo contra él. Un PIN se queda en tu cabeza. Antes de un momento de riesgo, usa Bloqueo de seguridad o borra las huellas y la cara.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>Pueden forzarte a usar un dedo o la cara; un PIN en tu cabeza, no. Un teléfono apagado es el más difícil de leer.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Un teclado ve todo lo que escribes, también las contraseñas. Este no venía con el teléfono. Si lo elegiste tú, comprueba que confías en quien lo hace.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Un teclado ve todo lo que escribes, también las contraseñas. Este se instaló fuera de una tienda de apps. Si no lo elegiste tú, puede que alguien lea lo que escribes. No la quites todavía: si está vigilando, quitarla puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>Una app de mensajería</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>Una app de vigilancia</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>Se ha encontrado una app de vigilancia: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Un número usado para el trabajo y la vida privada une ambas cosas para quien busque.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>La huella o el reloj de una pareja pueden estar configurados para abrir tu teléfono.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Un patrón es fácil de adivinar, fácil de ver por encima de tu hombro y muchas veces deja una marca en la pantalla. Un PIN de 6 números o más, o una contraseña, es mucho más seguro.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Un teléfono agarrado justo después de apagarse la pantalla puede abrirse aún sin el PIN.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>Un ajuste del teléfono</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Un teléfono que se llevan cuando todavía está desbloqueado lo da todo.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Un teléfono que se llevan con la pantalla todavía encendida está abierto: no hay que adivinar nada. 30 segundos es más seguro.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Un teléfono apagado y bloqueado con un PIN es el más difícil de abrir.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Un teléfono que se abre sin PIN le da a la policía cada chat con cada cliente.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Un teléfono que se abre sin PIN le da todo lo que tiene a la policía o a quien quiera chantajearte.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Un teléfono que sigue encendido en el cargador sigue abierto para cualquiera.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Un teléfono que se ha apagado y no se ha desbloqueado desde entonces es el más difícil de leer. Si esperas a la policía, un control de frontera o una redada, apágalo.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Un teléfono con unas 600 apps (Pixel 6a, Android 13): muchos juegos, tiendas y herramientas; comprueba que el tiempo de la revisión no crece con el número de apps.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>Una foto publicada en un anuncio puede llevar el lugar donde se tomó.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Un navegador privado no guarda historial y bloquea rastreadores; Tor Browser además oculta dónde estás. Instala uno y abre Ajustes, Apps, Apps predeterminadas y Navegador.</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Un proveedor que elegiste</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Hay un proxy configurado para todo el teléfono: otro ordenador puede ver, y cambiar, lo que el teléfono envía y recibe. Si no lo configuraste tú, puede que alguien vigile lo que haces en internet.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>Un registro ayuda a un servicio de apoyo y, más adelante, a una denuncia, si decides hacerla.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Hay un bloqueo de pantalla</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Un segundo perfil separa las apps, pero está en el mismo teléfono: quien abra el teléfono puede abrirlo también, y un perfil de trabajo lo controla quien lo administra. Sabe qué hay en cada uno.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>Una app de seguridad está desactivada: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>Una identidad aparte para el trabajo</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>Un ajuste de este teléfono necesita atención</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>Se ha cambiado un ajuste</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>Una organización de trabajadoras y trabajadores sexuales, un servicio contra la violencia de pareja o una línea de ayuda en seguridad digital pueden ayudarte a revisar el teléfono y decidir qué hacer. Sigue usando el teléfono como siempre hasta que tengas un plan.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>Una app de red social</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>Una app espía</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>Una app espía muestra a otra persona tus mensajes, tus llamadas y dónde estás.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>Se ha encontrado una app espía: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>Una app de traducción</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Un perfil de trabajo está gestionado por {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>El acceso de accesibilidad deja que una app lea todo lo que hay en la pantalla, vea lo que escribes y toque por ti. Las apps espía lo usan. Déjalo solo para apps que tú has elegido, como un lector de pantalla.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Apps de accesibilidad: no se han podido leer</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Cuenta</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>Hay cuentas que copian datos fuera del teléfono automáticamente</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Cuentas en este teléfono: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Cuentas: no se han podido leer</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>La Protección avanzada llegó con Android 16. En este teléfono, un PIN fuerte, el Bloqueo de seguridad y apagar el teléfono son lo que más protege.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>La Protección avanzada está desactivada</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>La Protección avanzada está activada</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Protección avanzada: no se pudo leer</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Anuncios y apps de citas mientras la policía vigila</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>Después de 5 minutos</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>Después de reiniciar</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>Después de apagarse la pantalla, quien tome el teléfono en ese tiempo puede abrirlo sin tu PIN. Bloquéalo de inmediato, o a los 5 segundos como máximo.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Ya está bien</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Ya estaban configurados de forma segura y se han dejado como estaban: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>Una app</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>Una aplicación (nombre no leído)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>Una app autorizada a grabar la pantalla sin preguntar puede copiar tus shows y chats.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Una tienda de apps</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>Una app que se muestra encima de otras puede enseñar pantallas falsas para robarte el PIN.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>Una app que lee las notificaciones ve la vista previa de cada mensaje.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>Una app que lee tus contactos puede unir tu perfil de trabajo con gente que conoces.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>Una app con acceso de accesibilidad puede leer tu pantalla y actuar como si fueras tú.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>Una app con la cámara o el micrófono puede grabarte a ti y tus shows.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>Una ubicación exacta muestra dónde vives y trabajas; una aproximada basta para conocer gente cerca.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Un agente con el teléfono bloqueado en la mano puede leer los mensajes que salen en pantalla.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Un teléfono de trabajo de calle con datos de encuestas o de personas usuarias</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Un código para deshacer tiene 12 letras y números, como 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 puede bloquear apps de fuera de la tienda, las viejas redes 2G y las nuevas conexiones USB mientras el teléfono está bloqueado. Así un teléfono quitado es más difícil de leer, con algunos límites para las apps.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>La copia de seguridad de Android copia en tu cuenta los datos de las apps y los ajustes, y con Google muchas veces también los SMS y el historial de llamadas. Cualquiera con la contraseña, o la empresa cuando la policía lo pide, puede leerlo sin el teléfono.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>La copia de seguridad de Android está desactivada</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Copia de seguridad de Android en la nube</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android está ejecutando esta app como servicio de accesibilidad, lo que le deja leer todo lo que hay en la pantalla, pero no está en la lista de apps de accesibilidad de Ajustes. No la quites todavía: si está vigilando, quitarla puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Otro programa de este ordenador (el servidor “adb” de Google, proceso {pid}) está usando el teléfono. hardener puede pasar a través de él: el teléfono puede volver a preguntar “¿Permitir depuración USB?”, para ese programa. O hardener puede detenerlo si estás de acuerdo, o puedes cerrar ese programa tú.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>Otra sesión está cambiando este teléfono ahora mismo. Espera a que termine y vuelve a intentarlo. (Si no hay otra sesión en marcha, inténtalo de nuevo en {minutes} minutos.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Cualquiera que tenga el teléfono bloqueado en la mano puede leer los mensajes que salen en la pantalla.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>Cualquiera que tome este teléfono puede abrirlo y leerlo todo: mensajes, fotos, contactos e historial de traducciones. Pon un PIN de 6 números o más, o una contraseña.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Permisos de las apps: no se han podido leer</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>¿Aplicar %n cambio?</numerusform>
    <numerusform>¿Aplicar %n cambios?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Apps y permisos</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Las apps como esta suben tus contactos y los usan para sugerir “personas que quizá conozcas”. Así pueden enseñar tu perfil a clientes, colegas o familia, o el suyo a ti. Eso puede delatarte.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Apps que se hacen pasar por Android: no se pudo leer</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Apps que actúan como apps espía: no se pudo leer</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Apps que pueden instalar apps: no se han podido leer</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Apps que se muestran encima de otras apps: no se han podido leer</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Las apps que leen tus contactos pueden enseñar tu perfil a clientes o a tu familia.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Apps sin icono: no se pudo leer</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Las apps que permitiste pueden saber dónde estás. Apaga la ubicación cuando vayas a trabajar o a un lugar que otros no deben conocer, y enciéndela cuando necesites un mapa.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Apps: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Pide a tu compañía de teléfono que bloquee la tarjeta SIM y te dé una nueva. Normalmente puedes quedarte con tu número.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Piensa que todo lo que tenía se ha copiado</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>En la frontera: apaga el teléfono</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>Al final, deja que hardener termine la sesión, o abre Ajustes, luego Sistema, luego Opciones para desarrolladores, y desactiva el interruptor de arriba.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>Al final: revoca las autorizaciones de depuración USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>Al final: desactiva la depuración inalámbrica</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Automático</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>La sincronización automática no tiene ninguna cuenta donde copiar</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>La sincronización automática está desactivada</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Sincronización automática: no se ha podido leer</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Copia de seguridad: no se ha podido leer</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Antes de una posible detención o redada</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Antes de un registro: apaga o bloquea</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Antes de cambiar nada, guarda una prueba: haz fotos de esta pantalla con otro teléfono, o guarda este informe en un dispositivo que solo uses tú. Puede ayudar más adelante con una organización de apoyo o un abogado, decidas lo que decidas.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Teléfono para pruebas de velocidad: Pixel 6a con Android 13 y unas 1000 apps.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Teléfono para pruebas de velocidad: Pixel 6a con Android 13 y unas 300 apps.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Teléfono para pruebas de velocidad: Pixel 6a con Android 13 y unas 50 apps.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>Además de este ordenador, el teléfono confía en otros ordenadores para la depuración USB (número: {others}). Quien tenga uno de ellos puede conectar el teléfono desbloqueado y copiar archivos, instalar apps o ver la pantalla. Revoca las autorizaciones cuando hardener termine.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Búsqueda Bluetooth con el Bluetooth apagado</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Los agentes de frontera pueden registrar un teléfono que se abre sin PIN.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Llama o escribe pidiendo ayuda desde un teléfono o computadora que quien vigila nunca haya tocado. Un teléfono vigilado puede mostrarle a quién contactaste.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Cámara, micrófono, grabación de pantalla y accesibilidad: solo para las apps que tú eliges.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Certificados añadidos al teléfono: no se pudo leer</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Cambia tus contraseñas</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Carga el teléfono del todo y déjalo conectado. Abre Ajustes, luego Seguridad, luego Cifrar teléfono. Puede tardar una hora. Pon antes un PIN o una contraseña.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Los chats y las fotos con copia de seguridad en la nube se pueden leer sin el teléfono.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Revisa la copia de seguridad de Google Fotos</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Revisa Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Revisa las copias de seguridad de WhatsApp y de las fotos</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Revisa la copia de seguridad de los chats de WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Revisa Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Revisa las apps que no vienen de una tienda de apps</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Revisa las apps que no han venido de una tienda de apps</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Revisa las apps que se muestran encima de otras apps</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Revisa las apps con acceso a datos de uso</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Revisa las apps de administración del dispositivo</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Revisa el desbloqueo con huella y con la cara</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Revisa huellas, cara y Smart Lock cuando sea seguro</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Solo revisar</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Solo revisa y luego habla con alguien de confianza</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Comprueba que esta app los necesita. Puedes quitarle cualquiera; la app lo volverá a pedir si de verdad lo necesita.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Revisa las cuentas</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Revisa qué se guarda en la copia de seguridad</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Revisa qué sube esta app</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Revisa qué guardan tus apps en copias de seguridad en la nube</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Revisa qué apps pueden grabar tu pantalla</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Revisa qué navegador abre tus enlaces y elige uno que guarde menos sobre ti.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Comprueba qué teclado usas</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Revisa quién puede encontrarte por tu número</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Revisa de quién son la huella, la cara o el dispositivo de confianza que abren el teléfono</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Comprueba tus apps predeterminadas</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Elige un navegador que guarde menos sobre ti</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Elige qué se sincroniza con la nube</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Elige qué copia esta cuenta</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Borra el historial dentro de la app de traducción</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Borra el historial en la app</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Borrar el historial de traducciones</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Borra el historial de traducción antes de viajar</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Cuentas en la nube, sincronización y copias de seguridad</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Apps de nube: no se han podido leer</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Los ordenadores autorizados para la depuración USB lo siguen estando para siempre</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Ordenadores autorizados para la depuración USB: no se pudo leer</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Ordenadores autorizados para la depuración USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Conéctate con: {command}   (Ctrl-C lo detiene)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Los contactos y las fotos en la nube se pueden leer sin el teléfono.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>No se ha podido revisar</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>No se ha podido revisar ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>No se pudo revisar</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>No se ha podido acceder al llavero, así que la clave (si la hay) no se ha borrado: {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Cruzar una frontera o viajar</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Apps de citas y de anuncios lejos de tus contactos y de tu ubicación exacta, un número aparte y los mensajes fuera de la pantalla de bloqueo.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Apps de citas y ubicación: no se pudo leer</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Ocúpate de las apps espía solo después de un plan de seguridad</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Ocúpate de las apps espía sin ponerte en peligro</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Apps predeterminadas de SMS y teléfono: no se pudo leer</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Navegador predeterminado: no se pudo leer</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Borra el historial de Google Traductor en tu cuenta de Google</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Borra las frases guardadas</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Borra el historial de traducciones en tu cuenta de Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Borra el historial de traducciones guardado en tu cuenta de Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Borra el historial de traducciones guardado en tu cuenta</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opciones para desarrolladores</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Apps de administración del dispositivo: no se han podido leer</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Los permisos de administración del dispositivo dejan que una app bloquee el teléfono, lo borre o no te deje quitarla. Déjalos solo para apps que conoces, como Encontrar mi dispositivo o una app del trabajo.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>¿Conoces esta app?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>¿Sabes por qué está esta app aquí?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Terminado: {changed} cambiados, {already} ya estaban bien, {not_applied} no aplicados, {skipped} saltados, {failed} fallidos ({round_trips} idas y vueltas).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Cada cuenta abierta en el teléfono expone su correo, fotos y chats a un registro.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>Cada vez que una app pida grabar o transmitir tu pantalla, lee qué app es. Marcar «No volver a mostrar» le deja grabar después sin preguntar.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Cifra el teléfono</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Cifrado:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Cifrado: no se ha podido leer</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>¿Borrar del teléfono el registro para deshacer? Después ya no se podrán deshacer los cambios.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Incluso con el Wi-Fi y el Bluetooth apagados, el teléfono busca redes y dispositivos cercanos. Eso les dice a las apps y a Google dónde estás, también bajo techo. Poca gente lo necesita.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Todos los servicios de accesibilidad en marcha están en la lista de Ajustes.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>Todas las apps instaladas fuera de una tienda tienen icono</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Todas las apps con un nombre que Android reserva para sí venían con el teléfono.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Todas las apps que instalaste vienen de una tienda de apps</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>También se va todo lo que guarda la app: los idiomas sin conexión que descargaste, las frases guardadas, los ajustes y el inicio de sesión. Puedes volver a descargar los idiomas más tarde.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Todo lo de este teléfono está en un solo lugar. Si el trabajo y la vida privada lo comparten, mantenlos en números y cuentas separados.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>El desbloqueo con la cara está configurado</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Antes de viajar, averigua qué permite la ley que te pidan los agentes en esa frontera. Una organización de trabajadoras sexuales o un grupo por los derechos de migrantes te lo puede decir.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>El desbloqueo con huella y con la cara está configurado</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Desbloqueo con huella y con la cara: no se ha podido leer</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>El desbloqueo con huella está configurado</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Arreglado</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Para una primera visita, o un teléfono que alguien quizá vigila: mirar antes de cambiar nada.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Para un teléfono de equipo con datos de otras personas: bloquearlo bien y mantener esos datos fuera de la nube.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Para quien cruza una frontera o viaja por trabajo, sobre todo migrantes cuyo estatus podría ser cuestionado.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Para quien podría ser detenida, allanada o registrada por la policía y perder el teléfono.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Para quien hace shows por webcam o crea contenido con este teléfono.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Para quien encuentra clientes en apps de citas, redes sociales o sitios de anuncios donde también mira la policía.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Para quien mantiene el trabajo sexual aparte de su familia, amistades y un empleo de día.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Para quien su pareja, expareja o un cliente puede estar leyendo su teléfono, o usa lo que hay en él en su contra.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Para migrantes y quien habla con clientes o funcionarios mediante una app de traducción.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Para trabajadoras de calle y organizaciones cuyo teléfono guarda datos de otras personas.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Para quien usa apps de traducción todos los días: mantener su historial corto y fuera de la nube.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Encontrado: %n problema que arreglar.</numerusform>
    <numerusform>Encontrados: %n problemas que arreglar.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>Desde otro teléfono u ordenador, cambia las contraseñas de tu correo, tus apps de mensajes, tus redes sociales y tus cuentas en la nube.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Pide ayuda a gente que sabe</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Da a las apps de citas solo una ubicación aproximada</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Repasa los resultados</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Para que lo sepas</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Bien. Un PIN de 6 números o más, o una contraseña, es lo que mejor protege el teléfono. Un PIN corto como 1234 o una fecha de nacimiento es fácil de adivinar: cámbialo si el tuyo es así.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Bien. Un ordenador no puede controlar este teléfono a través del cable.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Bien. Un teléfono agarrado justo después de apagarse la pantalla ya pide tu PIN.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Bien. Android cifra los nombres de los sitios que usas donde la red lo permite.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Bien. Ahora las apps no pueden saber dónde estás por la ubicación del teléfono.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Bien. Fuera de los lugares de confianza, quien sepa tu PIN no puede cambiarlo ni desactivar protecciones sin tu huella o tu cara.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Bien. Google Play revisa si en este teléfono hay apps peligrosas conocidas.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Bien. Cuando puedan quitarte el teléfono, mantén pulsado el botón de encendido y toca Bloqueo de seguridad.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Bien. No hay ningún servicio de accesibilidad activado.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Bien. Ninguna app puede bloquear o borrar el teléfono, ni impedir que la quites.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Bien. Ninguna app tiene acceso a todas tus notificaciones.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Bien. Ninguna app de este teléfono se ha instalado desde un archivo o con otra app.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Bien. Ninguna app que instalaste puede usar la ubicación, el micrófono, la cámara, los mensajes, las llamadas o los contactos.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Bien. Ninguna app que instalaste tiene este acceso.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Bien. Ninguna app de citas de este teléfono tiene tu ubicación exacta.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Bien. Ninguna otra app puede instalar apps nuevas en este teléfono.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Bien. Nada sale del teléfono fuera de la VPN, ni siquiera cuando se reconecta.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Bien. Solo tu PIN o tu contraseña abren el teléfono, y nadie puede obligarte a abrirlo con tu dedo o tu cara.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Bien. Las fotos tomadas con la cámara del teléfono no llevan tu ubicación.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Bien. Quien tenga el teléfono bloqueado en la mano no puede leer tus mensajes.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Bien. Los nombres de los sitios y apps que usas se cifran en cualquier red.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Bien. El teléfono no se queda desbloqueado solo en ciertos lugares o cerca de ciertos aparatos.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Bien. El teléfono tiene los parches de seguridad recientes, lo que lo hace más difícil de forzar.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Bien. El teléfono se bloquea solo, incluso cuando está cargando.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Bien. El teléfono se bloquea solo enseguida cuando lo dejas.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Bien. El teléfono rechaza apps de fuera de la tienda, redes viejas y nuevas conexiones USB mientras está bloqueado.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Bien. Las apps de redes sociales, de citas y de identificación de llamadas de este teléfono no pueden leer tu lista de contactos.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Bien. Estos datos se quedan en el teléfono.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Bien. Este navegador guarda menos sobre lo que miras.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Bien. Cuando el teléfono está bloqueado o apagado, lo que tiene no se puede leer sin tu PIN o tu contraseña. El cifrado solo es tan fuerte como ese PIN o esa contraseña.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Bien. Con el Wi-Fi y el Bluetooth apagados, el teléfono no sigue buscando lugares cercanos.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 con Android 14, configurado con cuidado: bloqueo con PIN, contenido de las notificaciones oculto en la pantalla de bloqueo, una cuenta de Google, copia de seguridad activada. Pocos puntos encontrados.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 con Android 15 y un perfil de trabajo (usuario 10) gestionado por una empresa; bloqueo con PIN, desbloqueo con la cara, Smart Lock activado.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>Google Traductor no está en este teléfono</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>La protección contra robo de Google puede estar disponible en este teléfono. hardener no puede ver si está activada: revísalo en Ajustes.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Oculto</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Ocultar los mensajes en la pantalla de bloqueo</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Ocultar lo que dicen los mensajes en la pantalla de bloqueo</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Mantén pulsado el botón de encendido (en algunos teléfonos: encendido y subir volumen a la vez) y toca Bloqueo de seguridad. El teléfono pedirá tu PIN: huella, cara y Smart Lock dejan de funcionar hasta que lo escribas. En teléfonos sin Bloqueo de seguridad, apágalo.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Mantén pulsado el botón de encendido y toca Bloqueo de seguridad. Entonces el teléfono necesita tu PIN: la huella, la cara y Smart Lock dejan de funcionar hasta que lo escribas.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Cómo deshacer</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>La Verificación de identidad está activada</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>No se vio activada la Verificación de identidad</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Verificación de identidad: no se pudo leer</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Si pronto pueden quitarte o registrar el teléfono</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Si te quitan el teléfono o lo pierdes</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Si se llevan este teléfono, quedan expuestos los datos de otras personas, no solo los tuyos.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Si la instalaste tú, abre sus ajustes y revisa quién puede ver tu ubicación, tus grabaciones o tu pantalla. Si no la instalaste tú, guarda pruebas y pide ayuda.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Si usas Google Traductor en la web o en otro aparato con tu cuenta abierta, puede que tu cuenta de Google siga guardando tus traducciones.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Inmediatamente</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Importante</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>En Google Traductor, abre Guardadas (la estrella) y quita las frases que no quieres guardar: se almacenan en tu cuenta.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>En LINE, usa Letter Sealing y borra los chats que no necesites: abre el chat, el menú, Ajustes y Borrar historial del chat.</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>En Messenger, abre el chat, toca el nombre y luego Mensajes temporales (o Modo efímero).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>En Signal, abre Ajustes, Privacidad y Temporizador predeterminado para chats nuevos, y elige un tiempo. Para los chats que ya tienes: abre el chat, toca el nombre y luego Mensajes temporales.</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>En Telegram, abre Ajustes, Privacidad y seguridad, Autoeliminar mensajes, y elige un tiempo. Los chats normales también se guardan en los servidores de Telegram: usa Chats secretos con clientes.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>En Viber, abre el chat, toca el nombre, luego Mensajes que desaparecen, y elige un tiempo.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>En WhatsApp Business, abre Ajustes, Privacidad y Duración predeterminada, y elige 24 horas o 7 días. Para los chats que ya tienes: abre el chat, toca el nombre y luego Mensajes temporales.</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>En WhatsApp, abre Ajustes, Privacidad y Duración predeterminada, y elige 24 horas o 7 días. Para los chats que ya tienes: abre el chat, toca el nombre y luego Mensajes temporales.</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>En WhatsApp: Ajustes, Chats, Copia de seguridad: elige “Nunca” o protege la copia con cifrado de extremo a extremo. En Google Fotos: tu foto de perfil, Ajustes de Fotos, Copia de seguridad.</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>En un chat de Instagram, desliza hacia arriba para activar el modo efímero. Los mensajes ya enviados se quedan: borra los que no quieras que encuentren.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>En los ajustes de seguridad de cada cuenta, cierra la sesión en todos los demás aparatos, para que el teléfono que se llevaron pierda el acceso.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>En cada app que guarda chats o fotos, abre sus ajustes y busca Copia de seguridad. Si la cuenta a la que copia no es segura, desactiva la copia o protégela, y borra allí las copias antiguas.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>En cada app de citas y de mensajería, abre Privacidad y desactiva «Encontrarme por mi número» y la subida de contactos.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>En algunos lugares, borrar un teléfono a distancia se puede usar en tu contra. Si puedes, pide consejo antes.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: usa el modo efímero</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Instala una VPN de confianza e inicia sesión. Luego abre Ajustes, Red (o Conexiones), VPN, toca el engranaje junto a ella y activa «VPN siempre activada» y «Bloquear conexiones sin VPN».</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Instala las actualizaciones de seguridad</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Primero guarda pruebas</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Guarda un registro de lo encontrado</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Guarda el registro donde quien vigila no pueda llegar</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Guarda menos cosas en el teléfono</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Separa las cuentas del trabajo y las personales</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Mantén el trabajo y la vida privada en números separados</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Separar los contactos y las cuentas del trabajo de la vida privada, para que las apps no puedan unir las dos.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Mantén las fotos y contactos de trabajo fuera de la nube</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Mantén tus contactos lejos de las apps de citas y redes sociales</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Deja tu ubicación fuera de las fotos</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Teclado: no se pudo leer</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Ten claro qué decir si te piden desbloquear</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Saber lo que muestra el teléfono es el primer paso.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: borra los chats viejos</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Último paso, en el teléfono: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Dejar que la pantalla se apague mientras carga</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Los enlaces se abren en el navegador que elija el teléfono. Elige uno que guarde menos sobre ti.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Ubicación</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>La ubicación está apagada</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>La ubicación está encendida</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Ubicación: no se pudo leer</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Bloqueo tras apagarse la pantalla: no se pudo leer</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Bloquea el Espacio privado con el teléfono</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Bloquea el teléfono en cuanto se apague la pantalla</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Bloquea el teléfono ahora</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Bloquea la pantalla a los 30 segundos o antes</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Botón de Bloqueo de seguridad en el menú de encendido</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Botón de Bloqueo de seguridad: no se ha podido leer</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>Bloqueo de seguridad existe desde Android 9. Apaga este teléfono cuando puedan quitártelo: después de reiniciar, solo tu PIN o tu contraseña lo abren.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>Bloqueo de seguridad es una forma rápida de hacer que el teléfono pida tu PIN: desactiva la huella, la cara, Smart Lock y los mensajes en la pantalla de bloqueo. En este teléfono hay que activarlo.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>Bloqueo de seguridad está en el menú de apagado</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>Bloqueo de seguridad no está en el menú de apagado</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>Bloqueo de seguridad hace que el teléfono pida el PIN: un dedo o una cara no pueden abrirlo.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>Bloqueo de seguridad hace que el teléfono pida tu PIN, y nada muestra que está ahí hasta que se usa.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>Puede que Bloqueo de seguridad esté oculto en el menú de apagado</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>Bloqueo de seguridad necesita un bloqueo de pantalla</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>Bloqueo de seguridad: solo el PIN abre el teléfono</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Mira los certificados añadidos al teléfono</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Mirar el teléfono y explicar lo que se ha encontrado. No se cambia nada.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>Primero mirar sin cambiar nada; ocuparse de las apps espía solo tras un plan de seguridad; después, solo cambios que quien vigila no pueda notar.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Primero mira, no cambies nada aún</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Haz un plan de seguridad antes de quitar una app espía</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Haz un plan de seguridad antes de quitar nada</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Haz que los mensajes desaparezcan en cada app de mensajería</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Haz que el teléfono olvide el ordenador</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Hacer que la pantalla se apague antes</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Puede que se hayan cambiado: la sesión se detuvo antes de poder comprobarlos</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Contenido de los mensajes en la pantalla de bloqueo</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Mensajes</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>Los mensajes se pueden leer con el teléfono bloqueado</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Los mensajes de clientes, las citas y los códigos salen en la pantalla de bloqueo. Cualquiera que tenga el teléfono en la mano (la policía, tu pareja, un cliente) puede leerlos sin tu PIN.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Mensajes en la pantalla de bloqueo: no se ha podido leer</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>Los mensajes que la policía leería primero: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Puede que hayan leído o copiado los mensajes, las fotos, los contactos y el historial de las apps, aunque te devuelvan el teléfono.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: usa los mensajes temporales</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Apps de mensajería: no se pudo leer</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Modelo</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Hay más de un teléfono conectado ({serials}). Desconecta los otros o elige uno.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision con Android 10: bloqueo con contraseña, copia de seguridad desactivada, sincronización automática desactivada, una app de citas antigua, una VPN y un teclado instalado desde un archivo.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>SIN cifrar</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Nunca</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Nunca marques «No volver a mostrar» cuando una app pida grabar la pantalla</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Después, conéctate: indica --connect con la dirección que aparece bajo “Dirección IP y puerto” en la pantalla Depuración inalámbrica del teléfono (o ejecuta 'adb connect HOST:PORT'), y luego usa --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Ninguna VPN está configurada para seguir activa</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Ningún servicio de accesibilidad funciona en secreto</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Ninguna cuenta copia contactos, calendario, fotos ni mensajes</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Ninguna cuenta copia datos de este teléfono a internet.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>No hay cuentas en este teléfono</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Ninguna app actúa como una app espía</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Ninguna app puede ver y controlar tu pantalla</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>En este teléfono no hay ninguna app de la lista de hardener de apps de copia de seguridad de fotos, archivos o chats en la nube.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Ninguna app tiene permisos de administración del dispositivo</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Ninguna app instalada a mano se esconde de la lista de apps.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Ninguna app instalada fuera de una tienda se esconde de la lista de apps mientras lee la pantalla o las notificaciones o tiene derechos de administrador.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>Ninguna app de este teléfono parece una app de traducción. No se revisa el historial de traducciones del navegador web.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Ninguna app se hace pasar por parte de Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Ninguna app lee tus notificaciones</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Ninguna app que instalaste puede mostrarse encima de otras apps</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Ninguna app que instalaste puede llegar a tus datos privados</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Ninguna app que instalaste puede ver qué apps usas</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Ninguna app que instalaste puede grabar tu pantalla sin preguntar</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>No se añadió ningún certificado al teléfono</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>No se ha encontrado ninguna app de fotos en la nube ni de copias de seguridad</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Ningún ordenador puede llegar al teléfono para depurar por Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Ningún ordenador queda autorizado para la depuración USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Ninguna app de citas sabe exactamente dónde estás</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>No hay navegador predeterminado</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>No hay desbloqueo con la cara; el desbloqueo con huella no se ha podido leer</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>No hay desbloqueo con huella ni con la cara</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>No hay desbloqueo con huella; el desbloqueo con la cara no se ha podido leer</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>No se ha encontrado ninguna app de acoso conocida</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>No hay instalada ninguna app de mensajería que hardener conozca</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>No hay notificaciones en la pantalla de bloqueo</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>No hay otro ordenador autorizado. Este seguirá autorizado después de la visita si no lo revocas: hazlo cuando hardener termine.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>No se ha encontrado ningún teléfono. Conecta el teléfono con un cable USB que pase datos, desbloquéalo y comprueba que la depuración USB está activada.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>No se ha encontrado por USB ningún teléfono con la depuración USB activada.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Sin proxy ni VPN de fuera de una tienda</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Ninguna app de seguridad está desactivada</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Ninguna app de redes sociales o de citas puede leer tus contactos</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Ninguna tienda ha revisado esta app. Muchas veces, las apps espía las instala así alguien que ha tenido el teléfono en la mano. Si no la instalaste tú, no la quites todavía: primero guarda pruebas y pide ayuda.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>No se ha encontrado ninguna app de traducción</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>Ahora mismo no se usa ningún lugar ni aparato de confianza. Si nunca configuraste uno a propósito, desactiva Smart Lock para que no pueda ponerse en marcha más tarde.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>No arreglado</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>No está claro</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Sin tocar: %n cambio en una app espía. Cambiarla puede avisar a la persona que la instaló: primero mira el plan de seguridad. (Solo --touch-spying-apps lo incluiría.)</numerusform>
    <numerusform>Sin tocar: %n cambios en una app espía. Cambiarla puede avisar a la persona que la instaló: primero mira el plan de seguridad. (Solo --touch-spying-apps los incluiría.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Nota: una aplicación de cambios anterior en este teléfono se interrumpió. Sus cambios están anotados en el teléfono:
      ejecuta 'hardener undo' con el mismo código para deshacer y así deshacerlos, o vuelve a aplicar los cambios para terminar.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Nota: hay un servidor adb en marcha (puerto {port}, proceso {pid}); puede que esté ocupando el teléfono. Úsalo con 'hardener devices --adb-server' y --adb-server, o hardener preguntará antes de detenerlo.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Nota: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>Nada responde en {address}. Compruebe que el teléfono y este ordenador están en la misma red Wi-Fi, que la Depuración inalámbrica está activada en las Opciones de desarrollador del teléfono, y que la dirección y el puerto son los que el teléfono muestra ahora (el puerto cambia cada vez).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>No se encontró nada</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>No se ha encontrado nada en lo que se ha podido revisar.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>No se copia nada en ninguna cuenta, salvo si eliges sincronizar.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Nada que aplicar: el teléfono ya coincide con este perfil.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Nada que cambiar.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>No se ha cambiado nada en este teléfono.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>No se ha cambiado nada, así que no se guarda ningún registro para deshacer en el teléfono (no hace falta el código).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>No se ha cambiado nada, así que no hay nada que deshacer.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>No se ha cambiado nada.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Acceso a notificaciones: no se ha podido leer</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Notificaciones en la pantalla de bloqueo</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>Las notificaciones salen en la pantalla de bloqueo, pero no lo que dicen</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Ahora: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Desactivado</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Motorola Moto G6 antiguo con Android 9: sin bloqueo de pantalla, sin cifrar, depuración USB activada, Play Protect desactivado, y una app de acoso instalada fuera de la tienda, con acceso de accesibilidad, acceso a notificaciones y permisos de administración del dispositivo.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Activado</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>En Android 11 y más nuevos, Bloqueo de seguridad sale en el menú de apagado en cuanto hay un PIN, una contraseña o un patrón.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>En Android 11 y más nuevos, Bloqueo de seguridad sale en el menú de apagado cuando hay un bloqueo de pantalla. Este teléfono tiene desactivado el interruptor antiguo, y algunos teléfonos todavía le hacen caso. Revisa el menú de apagado.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>En Android 11 y más nuevos, Bloqueo de seguridad sale en el menú de apagado siempre que hay un bloqueo de pantalla, como aquí. Cuando puedan quitarte el teléfono, mantén pulsado el botón de encendido y toca Bloqueo de seguridad.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>En cualquier teléfono u ordenador, abre myactivity.google.com, inicia sesión y borra la actividad de Google Traductor. Borrar la app no quita esta copia.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>En cualquier teléfono u ordenador, entra en la cuenta que usa tu app de traducción y borra sus traducciones guardadas y su actividad (para una cuenta de Google: myactivity.google.com). Vaciar la app no borra esta copia.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>En el teléfono, abre Ajustes, luego Opciones para desarrolladores, y toca “Revocar autorizaciones de depuración USB”. Después desactiva Opciones para desarrolladores arriba en esa pantalla. (Si no encuentras Opciones para desarrolladores, ya están desactivadas).</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Una misma cuenta en los dos lados une tu trabajo y tu vida privada.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Un solo número en este teléfono</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Un teléfono con las dos vidas las entrega a ambas cuando te lo quitan.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Un solo perfil en este teléfono</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Solo las tiendas de apps pueden instalar apps</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Solo este ordenador está autorizado para la depuración USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Abre Google Fotos, toca tu foto de perfil, luego Ajustes de Fotos, luego Copia de seguridad. Si la copia de seguridad está activada, cada foto y cada vídeo van a tu cuenta de Google. Desactívala si esa cuenta no es segura.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Abre Ajustes, luego Accesibilidad. Busca la app (puede estar en “Aplicaciones instaladas” o “Aplicaciones descargadas”) y desactívala.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Abre Ajustes, luego Cuentas (o Contraseñas y cuentas). Quita las cuentas que no conozcas. Cambia la contraseña de las cuentas que otra persona pueda conocer.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Abre Ajustes, luego Cuentas y copia de seguridad, luego Samsung Cloud. Mira qué se guarda y se sincroniza: mensajes, historial de llamadas, fotos. Desactiva lo que debe quedarse solo en el teléfono.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Abre Ajustes, luego Cuentas, luego cada cuenta, luego Sincronización de la cuenta. Desactiva Contactos, Mensajes y Fotos donde no los necesites.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Abre Ajustes, luego Cuentas, luego esta cuenta, luego Sincronización de la cuenta. Desactiva lo que debe quedarse solo en el teléfono, por ejemplo los contactos y los mensajes.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Abre Ajustes, luego Cuentas. Quita las cuentas personales del teléfono del trabajo, y las cuentas del trabajo del teléfono personal.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Abre Ajustes y luego Cuentas. Quita las cuentas de trabajo que no necesitarás durante el viaje; vuelve a iniciar sesión al llegar. Antes comprueba que sabes cada contraseña.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Abre Ajustes, luego Cuentas. Desactiva “Sincronizar datos automáticamente” (puede estar en el menú de arriba). Puedes seguir sincronizando a mano cuando tú quieras.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Abre Ajustes, luego Aplicaciones, y mira esta app. Si no la instalaste tú, guarda pruebas y pide ayuda antes de quitarla.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Abre Ajustes, luego Aplicaciones, muestra las apps del sistema, abre la app y toca Habilitar. Si no la desactivaste tú, puede que lo haya hecho otra persona: primero guarda pruebas.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Abre Ajustes, luego Aplicaciones, luego Aplicaciones predeterminadas. Comprueba que la app de SMS y la de Teléfono son las que elegiste.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Abre Ajustes, luego Aplicaciones, luego Acceso especial de aplicaciones, luego Mostrar sobre otras aplicaciones. Desactívalo para las apps que no lo necesitan.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Abre Ajustes, luego Aplicaciones, luego Acceso especial de aplicaciones, luego Instalar aplicaciones desconocidas. Desactívalo para esta app.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Abre Ajustes, luego Aplicaciones, luego Acceso especial de aplicaciones, luego Acceso a datos de uso. Desactívalo para las apps que no lo necesitan.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Abre Ajustes, Apps, la app, Permisos y Ubicación. Desactiva «Usar ubicación precisa» y elige «Permitir solo mientras se usa la app».</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Abre Ajustes, luego Aplicaciones, luego esta app, luego Permisos, luego Contactos. Elige “No permitir”. En los ajustes de la propia app, desactiva también la subida o sincronización de contactos, y borra los contactos que ya haya subido.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Abre Ajustes, luego Aplicaciones, luego esta app, luego Permisos. Elige “No permitir” para lo que no necesita. La app lo volverá a pedir si de verdad necesita algo.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Abre Ajustes, luego Aplicaciones. Por cada app que no conozcas, pregúntate quién la instaló. Si puede estar espiando, quítala solo después de hacer un plan de seguridad.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Abre Ajustes, luego Opciones de desarrollador, y desactiva «Inhabilitar tiempo de espera de autorización de adb».</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Abre Ajustes, luego Pantalla, luego Tiempo de espera de la pantalla. Elige 30 segundos.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Abre Ajustes, luego Google (o Cuentas y copia de seguridad), luego Copia de seguridad. Mira qué guarda. Desactiva la copia de seguridad si la cuenta no es segura, y borra allí las copias antiguas.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Abre Ajustes, Google, Todos los servicios y Protección contra robo. Activa Verificación de identidad, Bloqueo por detección de robo y Bloqueo sin conexión. Fuera de los lugares de confianza, cambiar el PIN o desactivar protecciones pedirá tu huella o tu cara, no solo el PIN.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Abre Ajustes, Ubicación y luego Servicios de ubicación (o Mejorar la precisión). Desactiva la búsqueda de Wi-Fi y la búsqueda de Bluetooth.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Abre Ajustes, Red (o Conexiones y luego Más ajustes de conexión) y DNS privado. Elige Automático o un proveedor de confianza.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Abre Ajustes, luego Red, luego Wi-Fi, toca la red, luego Editar o Avanzado, y pon Proxy en Ninguno. Si no lo configuraste tú, primero guarda pruebas.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Abre Ajustes, luego Notificaciones (o Pantalla de bloqueo), luego Notificaciones en la pantalla de bloqueo. Elige “No mostrar notificaciones” o, por lo menos, “Ocultar contenido sensible”.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Abre Ajustes, luego Notificaciones, luego Acceso a notificaciones (en algunos teléfonos: Aplicaciones, luego Acceso especial de aplicaciones). Desactívalo para esta app.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Abre Ajustes, luego Seguridad (o Biometría), luego Huella digital y Reconocimiento facial. Bórralos antes de un momento de riesgo, o prepárate para usar Bloqueo de seguridad.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Abre Ajustes y luego Seguridad (o Biometría). Borra huellas y cara antes de viajar; vuelve a añadirlas cuando estés a salvo.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Abre Ajustes, luego Seguridad (o Pantalla de bloqueo), luego Bloqueo de pantalla. Elige PIN y usa por lo menos 6 números que no sean un cumpleaños. Un patrón es fácil de ver y de adivinar.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Abre Ajustes, luego Seguridad (o Pantalla de bloqueo), luego Bloqueo de pantalla. Elige PIN con 6 números o más, o Contraseña. No uses una fecha de nacimiento ni un número que conozcan otras personas.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Abre Ajustes, luego Seguridad (o Pantalla de bloqueo), luego Smart Lock o Extend Unlock. Escribe tu PIN. Quita los sitios de confianza y los dispositivos de confianza, y desactiva la detección corporal.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Abre Ajustes, Seguridad (o Pantalla de bloqueo), el engranaje junto a Bloqueo de pantalla y «Bloquear tras tiempo de espera». Elige Inmediatamente o 5 segundos.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Abre Ajustes, luego Seguridad (o Seguridad y privacidad), luego Más ajustes de seguridad o Cifrado y credenciales, luego Credenciales de confianza, y la pestaña Usuario. Si hay un certificado que no añadiste tú, guarda pruebas y pide ayuda antes de quitarlo.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Abre Ajustes, Seguridad y privacidad, y Protección avanzada. Bloquea apps de fuera de Play Store, las viejas redes 2G y las nuevas conexiones USB mientras el teléfono está bloqueado. Las apps instaladas desde archivos pueden dejar de actualizarse: decide con alguien que conozca el teléfono.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Abre Ajustes, Seguridad y privacidad, Espacio privado y «Bloquear espacio privado automáticamente», y elige «Cada vez que se bloquee el dispositivo».</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Abre Ajustes, luego Seguridad, luego Aplicaciones de administrador de dispositivos (en algunos teléfonos: Otros ajustes de seguridad). Desactiva las apps que no conozcas. Si no puedes, pide ayuda.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Abre Ajustes, luego Seguridad, luego Aplicaciones de administrador de dispositivos. Desactiva cualquier app que no conozcas.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Abre Ajustes, luego Seguridad, luego Smart Lock (o Extend Unlock). Quita los sitios de confianza, los dispositivos de confianza y la detección corporal.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Abre Ajustes, Sistema (o Actualización de software) y Actualización de seguridad, e instala lo que se ofrezca. Si en un año no llega nada, el teléfono ya no recibe actualizaciones: piensa en un teléfono más nuevo para el trabajo.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Abre Ajustes, luego Sistema, luego Opciones para desarrolladores. Desactiva “Pantalla activa”.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Abre Ajustes, luego Sistema, luego Idiomas e introducción de texto, luego Teclado en pantalla. Deja solo los teclados que elegiste.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Abre Ajustes, luego Cuenta Xiaomi (o Cuenta Mi), luego Xiaomi Cloud. Mira qué se sincroniza: mensajes, galería, contactos, historial de llamadas. Desactiva lo que debe quedarse solo en el teléfono.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Abre WhatsApp, luego Ajustes, luego Chats, luego Copia de seguridad. Si “Guardar en Google Drive” no está en “Nunca”, tus chats se copian allí. Elige Nunca si esa cuenta no es segura, y borra la copia antigua en Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Abre myactivity.google.com en un navegador (o la app de Google, luego tu foto de perfil, luego Mi actividad). Elige Google Traductor y bórralo todo. En “Actividad en la Web y en Aplicaciones” puedes dejar de guardar, o poner la eliminación automática a 3 meses.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Abre Play Store, toca tu foto de perfil, luego Play Protect, luego la rueda de ajustes. Activa “Analizar aplicaciones con Play Protect”.</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Abre la app y busca en sus ajustes Copia de seguridad, Sincronización o Subida desde la cámara. Desactívalo si la cuenta no es segura.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Abre la app. Busca Historial (suele estar en el menú o debajo de tu foto de perfil) y bórralo todo. En los ajustes de la app, desactiva guardar el historial si puedes. Quita también las frases guardadas o marcadas con estrella.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Abre los ajustes de la cámara y desactiva «Guardar ubicación» (o Etiquetas de ubicación). O abre Ajustes, Apps, Cámara, Permisos y Ubicación: «No permitir».</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Abre la app de traducción, ve a Historial (o al icono del reloj) y bórralo. Desactiva “Guardar historial” si la app lo tiene.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>Otros ordenadores pueden usar la depuración USB en este teléfono</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN o contraseña</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Vinculado, con el adb de Google ({adb}, versión {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>La vinculación con un código necesita el programa “adb” de Google (Android SDK Platform-Tools), y hardener no lo encontró en este ordenador. Instala Platform-Tools desde el sitio de Android para desarrolladores de Google y vuelve a intentarlo. O conecta el teléfono con un cable USB.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Permisos de {app}: no se han podido leer</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>El teléfono se bloquea después de apagarse la pantalla</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Número de teléfono</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Revisión de seguridad del teléfono</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Teléfono:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Los teléfonos que confiaban en este ordenador volverán a preguntar “¿Permitir depuración USB?”.</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Las fotos y contactos en la nube pueden pedirse sin el teléfono.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a con Android 13 con una app de acoso renombrada para parecer una actualización del sistema: solo su certificado de firma la delata.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Protect revisa las apps</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect revisa si las apps son peligrosas. Quien pone apps espía en un teléfono muchas veces lo desactiva primero. Si no lo desactivaste tú, puede que lo haya hecho otra persona.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect no analiza las apps</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect está desactivado</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect está activado</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect avisa de las apps espía conocidas.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect, que revisa si las apps son peligrosas, viene con Google Play. Sin él, instala apps solo desde una tienda en la que confíes, y solo apps que conozcas.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: no se ha podido leer</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>La policía con el teléfono en la mano puede leer los mensajes de clientes que salen en pantalla.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>La policía lee primero los mensajes; los mensajes que desaparecen solos ya no están para leerse.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>La policía lee el historial de traducciones para demostrar en qué trabaja la gente.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>La policía que se lleva un teléfono lee primero los mensajes. Los mensajes que desaparecen solos ya no están para leerse. Cada app tiene su propio interruptor: los pasos dicen dónde.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Teléfono de práctica “{name}” escuchando en {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Teléfono de práctica (simulado, no es un teléfono real)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Practica el Bloqueo de seguridad</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Mantén pulsado el botón de encendido (en algunos teléfonos: encendido y subir volumen a la vez) y toca Bloqueo de seguridad. Ahora solo tu PIN o tu contraseña abren el teléfono: ni huella, ni cara, ni Smart Lock, ni mensajes en la pantalla de bloqueo. O apaga el teléfono.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS privado</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>El DNS privado es automático</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>El DNS privado está apagado</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>El DNS privado usa un proveedor que elegiste</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS privado: no se pudo leer</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>El Espacio privado se bloquea</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Perfil: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Perfiles del teléfono: no se pudo leer</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Proxy y VPN: no se pudo leer</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Desliza desde arriba de la pantalla y toca Ubicación para apagarla, o abre Ajustes y luego Ubicación. Enciéndela solo cuando necesites un mapa o un viaje.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Lee cada punto con la persona. Empieza por los más graves, arriba.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Leer los resultados juntos</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Lee lo que encontró esta revisión antes de cambiar nada. Habla con una organización de trabajadoras sexuales o un servicio de apoyo de confianza y hagan juntas un plan de seguridad.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Registra las apps de citas y de anuncios solo con un número de trabajo, no con el privado. Sirve una segunda SIM, un segundo teléfono o un número de una app de llamadas.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Si dependes de apps de traducción</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Quita el desbloqueo por huella y cara para el viaje</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Quita el proxy</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>Se ha borrado del llavero la clave de este ordenador. Los teléfonos que confiaban en él volverán a preguntar “¿Permitir depuración USB?”.</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Borrado: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Quitar una app espía puede avisar a la persona que la instaló. Primero habla con alguien de confianza o con un servicio de apoyo. Apunta lo que has encontrado antes de cambiar nada.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Quitar una app espía o cambiar ajustes puede avisar a quien vigila y hacer las cosas más peligrosas.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Quitar esta app puede avisar a la persona que la puso, y eso puede volverla peligrosa. Primero habla con alguien de confianza o con un servicio de apoyo. Planea dónde estarás a salvo y quién puede ayudarte.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Cambia la tarjeta SIM</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Informe guardado en {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>Ajustes restablecidos: {restored} de {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>Revoca las autorizaciones de depuración USB al final</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Servicios de accesibilidad en marcha: no se pudo leer</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>Tarjetas SIM: no se pudo leer</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 con Android 11: bloqueo con patrón y Smart Lock, vista previa de los mensajes en la pantalla de bloqueo, Google Traductor usado a diario, contactos sincronizados con Google y Samsung, apps de citas y redes sociales que leen los contactos.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Guarda el informe de esta visita en una computadora o con una persona de confianza, no en este teléfono. Anota la fecha y los nombres de las apps encontradas.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>En este teléfono se ha rechazado la revisión de apps peligrosas. Si no la rechazaste tú, puede que lo haya hecho otra persona. Activa la revisión.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>La búsqueda les dice a las apps dónde estás, incluso con el Wi-Fi y el Bluetooth apagados.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Bloqueo de pantalla y ajustes del teléfono</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Bloqueo de pantalla:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Bloqueo de pantalla: no se ha podido leer</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Bloqueo de pantalla: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Grabación de pantalla: no se pudo leer</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>La pantalla sigue encendida mientras carga</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Tiempo de espera de la pantalla: no se ha podido leer</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>La pantalla se apaga después de</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Apps de seguridad: no se pudo leer</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Parche de seguridad:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>Las actualizaciones de seguridad son recientes</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Actualizaciones de seguridad: no se pudo leer</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Número de serie</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Número de serie:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Pon un PIN de 6 números o más</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Pon un bloqueo de pantalla fuerte</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Mostrar el botón Bloqueo de seguridad en el menú de apagado</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Visible</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Cierra la sesión en todas partes</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Cierra las cuentas de trabajo durante el viaje</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: haz que los mensajes desaparezcan</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Saltado</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock puede dejar el teléfono desbloqueado</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock está desactivado</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock está activado, pero ahora no deja el teléfono desbloqueado</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock deja el teléfono abierto en sitios “de confianza”, cerca de dispositivos “de confianza” o mientras lo llevas encima. Justo en esos momentos te lo pueden quitar, abierto.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock deja el teléfono abierto en casa o cerca de tu reloj: justo cuando te lo pueden quitar.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: no se ha podido leer</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Redes sociales y tus contactos: no se ha podido leer</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Algunos cambios no se pueden deshacer:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Alguien añadió un certificado al teléfono</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Quien tenga el teléfono bloqueado en la mano puede ver qué apps han recibido mensajes, pero no los mensajes. Para ocultarlos del todo, desactiva las notificaciones en la pantalla de bloqueo.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>Algo respondió en {address} y luego dejó de responder o cerró la conexión. En el teléfono, comprueba que la Depuración inalámbrica está activada y que la dirección y el puerto son los que muestra ahora. Si el teléfono pide vincularse con un código, hardener no puede hacerlo por sí mismo: usa un cable USB, o vincula el teléfono con el programa adb de Google y conéctate a través de él.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Algo ha salido mal.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Las apps espía muchas veces se instalan a mano, fuera de la tienda de apps.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Las apps espía muchas veces se instalan desde fuera de la tienda de apps.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Apps espía: no se ha podido leer</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Apps de acoso y apps espía</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Pantalla encendida mientras carga: no se ha podido leer</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Todavía en el teléfono, SIN borrar: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Falta por hacer, a mano</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Impedir que las apps se muestren encima de otras apps</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Impedir que las apps instalen apps</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Impedir que las apps instalen otras apps</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Impedir que las apps lean tus notificaciones</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Impide que las apps graben tu pantalla sin preguntar</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Impedir que las redes sociales y las apps de citas lean tus contactos</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>¿Detener ahora el otro programa adb?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Impide que el teléfono busque Wi-Fi y Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Parado.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Resumen: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Vuelve a activar Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Apaga la ubicación cuando no la necesites</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Desactiva “Pantalla activa”</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Desactivar la copia de seguridad de Android en la nube</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Desactivar Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Desactiva la búsqueda de Wi-Fi y Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Desactivar los accesos de accesibilidad que no usas</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Desactiva la accesibilidad para las apps que no conoces</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Desactivar la sincronización automática</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Desactiva las opciones para desarrolladores cuando termines</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Desactiva el acceso a notificaciones para las apps que no conoces</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Desactiva la ubicación precisa en las apps de citas</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Activa la Verificación de identidad y la protección contra robo</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Activa el DNS privado</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Apaga el teléfono</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Apaga el teléfono antes del control de pasaportes y enciéndelo solo después. Un teléfono que se apagó solo se abre con tu PIN.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Apaga el teléfono antes de la frontera</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Apaga el teléfono cuando sea probable un registro</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Quitar el acceso a los contactos</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Quitar los permisos que la app no necesita</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Quita la ubicación a la cámara</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Quitar el micrófono y los contactos a las apps de traducción</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Quita la cámara y el micrófono a las apps que no los necesitan</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Quitar a las apps el acceso a datos de uso</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: usa la autoeliminación</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Avisa a la gente con la que tienes contacto</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Avisa a tus grupos y a tus contactos cercanos, para que puedan protegerse. Si puedes, quita el número de los chats de grupo.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>Los SMS nunca desaparecen solos. Antes de un momento de riesgo, borra los hilos con clientes en la app Mensajes y pide a los clientes usar una app con mensajes temporales.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>SMS: borra lo que no necesites</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>Los SMS y las llamadas van a apps que son parte del teléfono.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>Eso es una carpeta; escribe un nombre de archivo que termine en .pdf o .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>El programa “adb” de este ordenador (versión {version}, {path}) no puede vincular con un código: la vinculación llegó con la versión 30 de las Platform-Tools de Google, en 2020. El paquete “adb” de Debian y Ubuntu es la versión 29 y no tiene vinculación. Instala las Platform-Tools actuales de Google, o conecta el teléfono con un cable USB.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>El programa “adb” de este ordenador es demasiado antiguo o no responde como se espera (versión del servidor {version}; hardener necesita la {needed} o posterior). Instala las Android SDK Platform-Tools actuales y vuelve a intentarlo.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>El servidor del programa “adb” no está en marcha en este ordenador (puerto {port}). Inícialo con la orden “adb start-server”, o conéctate sin el servidor adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>El Espacio privado sigue abierto después de bloquearse el teléfono</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Las apps de SMS y teléfono venían con el teléfono</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>El servidor adb (puerto {port}) no tiene ningún teléfono.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>El servidor adb no tiene el teléfono “{serial}”. Los teléfonos que tiene: {serials}. Comprueba el nombre con “adb devices”.</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>El servidor adb dice: {said} (estado: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>La cámara y la ubicación: no se pudo leer</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>La cámara puede usar tu ubicación, así que cada foto lleva dónde se tomó. Enviada o publicada, una foto puede mostrar dónde vives o trabajas.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>La cámara no puede guardar dónde se toman las fotos</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Las órdenes para este teléfono son demasiado largas para pasar por el servidor adb ({size} bytes; transmite como máximo {limit}). Conéctate directamente al teléfono, sin el servidor adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>Se ha perdido la conexión con el teléfono (¿se ha desconectado el cable?). Vuelve a conectarlo: no se ha perdido nada, y lo que no se terminó se puede terminar o deshacer.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>El navegador predeterminado es {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>La carpeta para el informe no existe: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>No se pudo usar el archivo de indicadores {file}: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>La clave que hardener guarda en el llavero de este ordenador está dañada, así que hardener se detuvo y la dejó como está. Para empezar de nuevo con una clave nueva, ejecute el comando «hardener forget-key»; los teléfonos volverán a preguntar «¿Permitir depuración USB?».</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>La clave se ha borrado del llavero.</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>El teclado venía con el teléfono</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>El teclado en uso es parte del teléfono.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>El llavero donde hardener guarda su clave está bloqueado. Desbloquéelo (en Linux: abra «Contraseñas y claves» y desbloquee «Inicio de sesión», o cierre la sesión y vuelva a entrar), y vuelva a intentarlo.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>La última actualización de seguridad tiene {months} meses</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>El llavero de macOS donde hardener guarda su clave está bloqueado. Abre la app Acceso a Llaveros y desbloquea el llavero “inicio de sesión” (o cierra la sesión y vuelve a entrar), y vuelve a intentarlo.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>Lo más urgente primero. Cada punto dice lo que podría ver o hacer alguien que tenga este teléfono en la mano.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Los nombres de los sitios y apps que usas viajan sin cifrar, así que la red en la que estás puede leerlos. Android puede cifrarlos por sí solo.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>El teléfono hace copias de seguridad en la nube</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>El teléfono no aceptó la vinculación. En el teléfono, toca otra vez “Vincular dispositivo con código de vinculación” y escribe el código nuevo y la dirección con su puerto (los dos cambian cada vez), mientras esa ventana sigue abierta. El teléfono y este ordenador deben estar en la misma red Wi-Fi.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>El teléfono no ha permitido este ordenador. Desconéctalo y vuelve a conectarlo, desbloquéalo y toca “Permitir” cuando pregunte.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>El teléfono no ha desactivado la depuración USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>El teléfono no responde. Desconéctalo, vuelve a conectarlo y desbloquéalo. Si no funciona, reinicia el teléfono.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>El teléfono no copia los datos de sus apps en ninguna cuenta.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>El teléfono no tiene bloqueo que esperar</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>El teléfono todavía no ha permitido este ordenador. Desbloquea el teléfono y toca “Permitir” en el mensaje “¿Permitir depuración USB?”.</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>El teléfono no guarda la autorización de depuración USB de ningún ordenador, ni siquiera de este.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>El teléfono sigue buscando Wi-Fi y Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>El teléfono se bloquea {seconds} segundos después de apagarse la pantalla</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>El teléfono rechazó este cambio: su fabricante lo bloquea desde un ordenador. Todavía puedes hacerlo a mano en los Ajustes del teléfono.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>El teléfono no ha querido guardar un archivo. Comprueba que tiene espacio libre.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>El teléfono ha dado un nombre en el que hardener no confía ({kind}). Se ha saltado.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>El teléfono sigue abierto {minutes} minutos después de apagarse la pantalla</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>El teléfono sigue abierto {seconds} segundos después de apagarse la pantalla</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>El teléfono ha tardado demasiado en responder. Revisa el cable y que el teléfono esté desbloqueado.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>El teléfono confía en ordenadores para la depuración USB (número: {count}) y no dice cuál es este, si es que alguno lo es. Revoca las autorizaciones cuando hardener termine.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>El teléfono solo confía en los certificados con los que venía.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>El internet del teléfono no pasa por un proxy ni por una app VPN instalada a mano.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>La memoria del teléfono está cifrada</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>La memoria del teléfono no está cifrada</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>El perfil {file} tiene un error: regla {rule}, campo {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>El registro que hace falta para deshacer los cambios ya no está en el teléfono, así que no se pueden deshacer automáticamente. Puedes volver a poner cada ajuste a mano.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>El registro de lo que se ha cambiado se guarda en el propio teléfono, no en el ordenador.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>El archivo del informe tiene que terminar en .pdf o .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>El informe no se ha guardado en el teléfono: se ha encontrado en él una app espía, o hardener no ha podido comprobar si hay una. Una app así podría leer el informe y avisar a quien la puso.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>El informe se guardará en la carpeta Descargas del teléfono. Cualquiera que registre el teléfono puede leerlo allí. Bórralo cuando ya no lo necesites.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>Lo más seguro es un teléfono aparte para el trabajo. Si usas uno solo, usa una SIM o un número aparte para el trabajo, WhatsApp Business u otra app de mensajería solo para el trabajo, y ninguna foto privada en las apps de trabajo.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>La pantalla no se queda encendida mientras carga</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>El bloqueo de pantalla es un patrón</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>El bloqueo de pantalla es solo deslizar el dedo</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>La pantalla se queda encendida {minutes} minutos antes de bloquearse</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>La pantalla se queda encendida {seconds} segundos antes de bloquearse</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>La pantalla se queda encendida mientras carga</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>La pantalla se apaga a los {seconds} segundos</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Las apps de seguridad de este teléfono están activadas.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>Los ajustes de bloqueo más fuertes, el historial de traducciones borrado y los pasos que dar antes de un registro.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>El registro para deshacer está borrado (comprobado): no queda en el teléfono nada de lo que escribió hardener.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>El registro para deshacer está borrado: el teléfono ya no guarda ninguno.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>No se ha podido leer el registro para deshacer que hay en el teléfono, así que el informe no puede decir qué se ha cambiado.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>El registro para deshacer de este teléfono está dañado, así que no se usará. Puedes borrarlo y revisar los ajustes del teléfono a mano.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>El registro para deshacer se queda en el teléfono, cerrado con su código para deshacer. Quien revise el teléfono puede ver que hay un archivo, pero no puede leerlo sin el código.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>El perfil de trabajo de este teléfono lo controla quien lo gestiona, muchas veces una empresa. Puede ver las apps y los datos de ese perfil. No pongas ahí nada privado.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>Este teléfono no tiene Google Play</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>No hay ningún teléfono de práctica llamado «{name}». Los teléfonos de práctica son: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>No hay ningún perfil llamado «{name}». Los perfiles son: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>No hay bloqueo de pantalla</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>No hay nada que deshacer en este teléfono.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>No había ninguna clave en el llavero.</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>No había ninguna clave que borrar.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>No había preferencias guardadas.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Estos datos se copian en los servidores de la cuenta. Cualquiera que entre en la cuenta, o la empresa cuando la policía lo pide, puede leerlos sin tu teléfono.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Estos pasos los tienes que hacer tú, en el propio teléfono. Cada uno tarda uno o dos minutos.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Piensa en la Protección avanzada</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Piensa en el desbloqueo con huella y con la cara</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Piénsalo antes de borrarlo a distancia</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Esta versión de Android no dice cuál es el navegador predeterminado</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Esta versión de Android no dice qué tipo de bloqueo es. Si es un patrón, cámbialo por un PIN de 6 números o más, o por una contraseña.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Esta versión de Android no muestra en qué ordenadores confía para la depuración USB. Puede que otros ordenadores también estén autorizados. Revócalos todos cuando hardener termine.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Esta versión de Android no tiene Protección avanzada</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Esta versión de Android no tiene Verificación de identidad</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Esta versión de Android no tiene Bloqueo de seguridad</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Este teléfono Xiaomi rechaza los cambios desde un ordenador hasta que se active «Depuración USB (ajustes de seguridad)». Abre Ajustes, luego Opciones para desarrolladores, actívalo (el teléfono puede pedirte iniciar sesión en una cuenta Mi) y pulsa «Intentar de nuevo».</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Esta app puede saber dónde estás todo el tiempo, o leer tus SMS o tu historial de llamadas. La mayoría de las apps no lo necesitan. Quítale lo que no necesita.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Esta app puede poner sus propias ventanas encima de otras apps. Las apps peligrosas lo usan para enseñar pantallas falsas que roban un PIN o una contraseña. Las burbujas de chat y los botones de traducir también lo usan.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Esta app no viene de una tienda de apps, y puede llegar a tus cosas privadas. Las apps espía funcionan así. Si no conoces esta app, guarda pruebas y pide ayuda antes de quitarla.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Esta app tiene un nombre que solo usan las apps propias de Android, pero no venía con el teléfono. Las apps espía se esconden detrás de nombres así. No la quites todavía: si está vigilando, quitarla puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Esta app está hecha para vigilar un teléfono, por ejemplo como “control parental”. Si no la instalaste tú, puede que alguien esté siguiendo lo que haces. No la quites todavía: primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Esta app está en listas públicas de apps de acoso: apps que se esconden en un teléfono y envían los mensajes, la ubicación, las fotos y las llamadas a otra persona. No la quites todavía: eso puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Esta app está como VPN siempre activa, así que todo lo que envía el teléfono pasa por ella. Se instaló fuera de una tienda de apps. Si no la elegiste tú, no la quites todavía: si está vigilando, quitarla puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Esta app está como predeterminada para SMS o llamadas, así que los recibe todos, también los códigos de acceso. No venía con el teléfono. Si la elegiste tú, comprueba que confías en quien la hace.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Esta app está como predeterminada para SMS o llamadas, así que los recibe todos, también los códigos de acceso. Se instaló fuera de una tienda de apps. No la quites todavía: si está vigilando, quitarla puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Esta app puede poner apps nuevas en el teléfono. Así suelen entrar las apps espía. Si no la usas a propósito para instalar apps, quítale este permiso.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Esta app puede grabar o transmitir todo lo que hay en tu pantalla, shows y chats incluidos, sin preguntarte antes. Las grabaciones de shows se usan para chantajear. Permítelo solo a una app que elegiste.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Esta app protege el teléfono, por ejemplo revisando si las apps espían. La han desactivado. Las apps espía, o quienes las instalan, hacen esto para que no las encuentren.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Esta app ve cada notificación: vistas previas de mensajes, códigos, citas, quién llama. Las apps espía usan esto. Déjalo solo para las apps que necesitas, como la app de un reloj inteligente.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Esta app sube tu lista de contactos a sus propios servidores, donde personas desconocidas pueden buscar los nombres que otra gente ha dado a un número de teléfono. Los números de tus clientes y colegas, y los nombres con los que los guardaste, salen del teléfono.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Esta app no se instaló desde una tienda de apps y no aparece en la lista de apps, así que es fácil no verla. ¿La conoces? Las apps espía suelen esconderse así. No la quites todavía: si está vigilando, quitarla puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Esta app no se instaló desde una tienda de apps, no tiene icono en la lista de apps y puede hacer lo que hacen las apps espía: {powers}. Es lo que buscan los expertos. No la quites todavía: si está vigilando, quitarla puede avisar a la persona que la instaló. Primero guarda pruebas y haz un plan de seguridad.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Este navegador guarda tu historial y tus sesiones, que cualquiera que abra el teléfono puede leer. Para el trabajo, un navegador privado guarda menos; o usa pestañas privadas y borra el historial.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Esto no se puede deshacer.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Este ordenador no deja que hardener use el puerto USB. En Linux, instala el paquete “android-sdk-platform-tools-common” (añade las reglas USB) y vuelve a conectar el teléfono.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>Este ordenador no tiene un lugar seguro para guardar la clave de hardener (un “llavero”). En Linux, instala y desbloquea GNOME Keyring o KWallet (por ejemplo: sudo apt install gnome-keyring) y vuelve a intentarlo. hardener nunca guarda la clave en un archivo normal.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>Este ordenador no tiene un lugar seguro para guardar la clave de hardener: hardener la guarda en el Administrador de credenciales de Windows, que no respondió. Inicia sesión en Windows con tu propia cuenta (no una cuenta de invitado) y vuelve a intentarlo. hardener nunca guarda la clave en un archivo normal.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>Este ordenador no tiene un lugar seguro para guardar la clave de hardener: hardener la guarda en el llavero de macOS, que no respondió. Abre la app Acceso a Llaveros, comprueba que el llavero “inicio de sesión” está ahí y desbloqueado, y vuelve a intentarlo. hardener nunca guarda la clave en un archivo normal.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>A esta copia de hardener le faltan sus perfiles (las situaciones para las que prepara cambios). Vuelva a instalar hardener.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Esto no se ha podido cambiar desde el ordenador.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>Esta app de citas tiene tu ubicación exacta. La policía ha usado apps de citas para encontrar a trabajadoras sexuales. Una ubicación aproximada basta para conocer gente cerca.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>Esta app de citas tiene tu ubicación exacta. La policía ha usado apps de citas para encontrar a trabajadoras sexuales. Esta versión de Android no ofrece ubicación aproximada: permite la ubicación solo mientras usas la app, o nunca.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Este es el resumen de una revisión de seguridad de este teléfono: lo que se encontró, lo que se cambió, lo que todavía puedes hacer tú y qué hacer si algún día te quitan el teléfono.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>Es una app normal, pero también se puede usar para seguir a una persona: por ejemplo, una app de localización, de grabar llamadas o de control a distancia. ¿La instalaste tú? ¿Para qué?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Esta app de mensajes usa tus contactos para mostrar quién más la usa, y la gente que tiene tu número puede ver que tú la usas. Si eso puede delatarte, úsala con otro número.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Este teléfono</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>Este teléfono también tiene {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>Este teléfono lleva dos números</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>Este teléfono tiene una SIM en uso y un solo WhatsApp. Si trabajas con él, ten tu número privado en otro teléfono.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Este teléfono está gestionado por {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>Este teléfono guarda un registro cerrado de los cambios hechos en una visita anterior. Con su código para deshacer, este informe los enumera.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>Este teléfono guarda un registro para deshacer de una visita anterior. Escribe su código para usarlo, o borra el registro (los cambios anteriores se quedan y ya no se pueden deshacer).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Este resumen no se guarda en el ordenador donde se hizo. Si guardas una copia, guárdala en un lugar seguro, o bórrala cuando ya no la necesites.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Este código para deshacer no abre el registro de este teléfono. Revisa el código e inténtalo otra vez.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>Esto se ha dejado como estaba, porque no se eligió.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Para deshacer los cambios, vuelve a conectar el teléfono al programa que se usó para esta revisión, en cualquier ordenador, y elige Deshacer.</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>Las herramientas que usa la policía para abrir teléfonos funcionan mejor en teléfonos sin actualizaciones de seguridad. Un teléfono viejo que ya no se actualiza es más fácil de abrir, incluso con un buen PIN.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>Las herramientas que abren teléfonos incautados funcionan mejor en teléfonos sin actualizaciones.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Traducido de la guía en inglés.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Las apps de traducción guardan lo que escribiste o dijiste, muchas veces conversaciones con clientes. La policía ha usado este historial para demostrar que una persona se dedica al trabajo sexual. Bórralo a menudo.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Apps de traducción: no se ha podido leer</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>El historial de traducción se lee para probar el trabajo sexual y luego para deportar.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Traducciones guardadas en tu cuenta: no se ha podido leer</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>Historial de traducciones</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Viaja solo con las cuentas que necesitas</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Inténtalo otra vez; si sigue ahí, puede que el teléfono no deje borrarlo (revisa su almacenamiento).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Activa Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Activa los mensajes temporales, y borra los chats y las fotos que no necesites.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Vuelve a activar la caducidad de las autorizaciones</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Vuelve a activar la app de seguridad</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>Dos SIM, o WhatsApp junto a WhatsApp Business, suelen indicar trabajo y vida privada en un solo teléfono. Si te lo quitan, las dos vidas quedan en las mismas manos. Lo más seguro es un teléfono aparte para el trabajo.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>La depuración USB y la depuración inalámbrica están activadas</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Depuración USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>La depuración USB y las opciones para desarrolladores están desactivadas</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Depuración USB y ordenadores autorizados</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>Las autorizaciones de depuración USB caducan</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Caducidad de la depuración USB: no se pudo leer</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>La depuración USB ya está desactivada. La conexión ha terminado, como era de esperar.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>La depuración USB está desactivada en este teléfono, así que hardener no puede comunicarse con él.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>La depuración USB está activada</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>La depuración USB se ha dejado activada, así que puedes volver a intentarlo.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Depuración USB: no se ha podido leer</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Código para deshacer (se mostró cuando se hicieron los cambios): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Código para deshacer estos cambios: {code}   (anótalo ahora y guárdalo lejos del teléfono)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Código para deshacer: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>¿Deshacerlos?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Desbloquea el teléfono y toca “Permitir” en el mensaje “¿Permitir depuración USB?”…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Hasta que vuelvas a escribir tu PIN, ni la huella, ni la cara, ni Smart Lock pueden abrir el teléfono.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Urgente</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>El acceso a datos de uso le enseña a una app cada app que abres, y durante cuánto tiempo. Las apps espía lo usan para informar sobre ti. Pocas apps lo necesitan.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>El acceso a datos de uso muestra qué apps usas, y cuándo.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Acceso a datos de uso: no se ha podido leer</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Usa Bloqueo de seguridad cuando puedan quitarte el teléfono</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Usar un PIN, no tu cara ni tu dedo</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Usa una VPN siempre activada</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Usa un teléfono que quien vigila no conozca para pedir ayuda</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Usa un número aparte para el trabajo</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Usa un teléfono o una SIM aparte para el trabajo</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Usar un bloqueo de pantalla fuerte</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Usuarios/perfiles:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN y red</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: no se pudo leer</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: haz que los mensajes desaparezcan</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>ATENCIÓN: %n cambio afecta a una app espía, como elegiste (--touch-spying-apps).</numerusform>
    <numerusform>ATENCIÓN: %n cambios afectan a una app espía, como elegiste (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Vigilada o chantajeada por una pareja o un cliente</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>WeChat no tiene mensajes temporales. Antes de un momento de riesgo, abre Yo, Ajustes, General y Almacenamiento, y borra el historial que no necesites.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: borra los chats viejos</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Trabajo con webcam y creación de contenido</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>Lo que copian las cuentas: no se ha podido leer</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>Lo que se ha cambiado</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>Lo que se ha encontrado</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: haz que los mensajes desaparezcan</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: haz que los mensajes desaparezcan</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Cuando una app pida grabar o transmitir tu pantalla, nunca marques «No volver a mostrar». Los ajustes del teléfono no tienen un interruptor para deshacerlo: deja que hardener lo bloquee o quita la app.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>Cuando hardener termine, abre Ajustes, luego Opciones de desarrollador, y desactiva Depuración inalámbrica.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>Cuando hardener termine, abre Ajustes, luego Opciones de desarrollador, toca «Revocar autorizaciones de depuración USB» y confirma. Todos los ordenadores, este también, tendrán que ser autorizados otra vez. Después desactiva la depuración USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Cuando sea seguro, abre Ajustes y luego Seguridad. Mira las huellas, la cara y los dispositivos de confianza. Quitar algo que añadió la otra persona puede alertarla: planéalo antes.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>Cuando la VPN se corta o se reconecta, las apps pueden conectarse sin ella un momento. Activa «Bloquear conexiones sin VPN» para que nunca pase.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>Cuando se bloquea el teléfono</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Cuando tienes la sesión iniciada, Google puede guardar lo que traduces en tu cuenta de Google, fuera del teléfono. hardener no puede ver ni borrar esa copia. Puedes borrarla tú.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>De dónde vienen las apps: no se ha podido leer</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Mientras el teléfono está cargando, la pantalla nunca se apaga, así que nunca se bloquea. Cualquiera puede tomarlo del cargador y usarlo.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Quien sepa la contraseña de una cuenta puede ver lo que guarda (mensajes, fotos, contactos, ubicación) desde cualquier sitio, sin el teléfono. Comprueba que conoces cada cuenta de aquí, y separa las cuentas del trabajo y las personales.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>Por qué: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>La búsqueda de Wi-Fi y Bluetooth está apagada</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Búsqueda de Wi-Fi y Bluetooth: no se pudo leer</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Código de vinculación de Wi-Fi que muestra el teléfono: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Búsqueda de Wi-Fi con el Wi-Fi apagado</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>El Administrador de credenciales de Windows, donde hardener guarda su clave, no se abrió. Cierra la sesión de Windows y vuelve a entrar, y vuelve a intentarlo.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows no deja que hardener use por sí solo la conexión USB del teléfono. Instala las Platform-Tools de Google y el controlador USB del teléfono, ejecuta una vez “adb devices” y luego elige el teléfono “a través del adb de Google” en la lista.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>La depuración inalámbrica está desactivada</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>La depuración inalámbrica está activada</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Depuración inalámbrica: no se pudo leer</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>Con la Verificación de identidad, quien te vio escribir el PIN no puede usarlo solo para cambiar el bloqueo o desactivar protecciones. Este teléfono la tiene; no la mostró activada.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Sin VPN, la red en la que estás puede ver qué sitios y apps usas.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Sin VPN, la red que usas (un hotel, el Wi-Fi de un cliente, la compañía telefónica) puede ver a qué sitios y apps te conectas. Una VPN se lo oculta.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Sin bloqueo de pantalla este tiempo no sirve de nada. Pon primero un PIN.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Sin cifrado, lo que hay en el teléfono se puede copiar con herramientas, incluso cuando está bloqueado. Los teléfonos antiguos pueden cifrar desde Ajustes; los más nuevos siempre lo hacen.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Sin el micrófono y los contactos, una app de traducción guarda menos cosas sobre ti.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Trabajo y vida privada</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Vale la pena arreglarlo</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 con MIUI 14 (Android 13) y “Depuración USB (ajustes de seguridad)” desactivado: se rechazan los cambios de permisos y la escritura de ajustes seguros.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Puedes hacerlo tú en la app Ajustes del teléfono.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Esto lo haces tú en el teléfono:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Necesitarás el código para deshacer que te dieron cuando se hicieron los cambios.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Necesitarás este código para deshacer: {code}. Guarda esta hoja lejos del teléfono.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Puede que tu cuenta de Google guarde tus traducciones</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Tu internet pasa por otro ordenador</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Tu teclado es {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>hay un PIN, un patrón o una contraseña</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>un Espacio privado</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>una app de identificación de llamadas</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>una app de almacenamiento en la nube</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>una app de citas</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>una app de mensajería</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>una app de vigilancia</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>un permiso</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>una segunda copia de apps (apps duales)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>una app de red social</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>una app espía</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>una app de traducción</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>un perfil de trabajo</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>servicios de accesibilidad</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>cuentas</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>permitido</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>ya hecho</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>una app</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>una tienda de apps</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>otro usuario</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>iconos de las apps</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>permisos de las apps</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>firmas y nombres de las aplicaciones</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>almacenamiento de las apps</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>uso de las apps</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>apps</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>copia de seguridad</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>bloqueado</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>sensores corporales</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>calendario</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>historial de llamadas</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>cámara</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>puede leer tus notificaciones</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>no puede leer tus notificaciones</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>certificados añadidos al teléfono</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>borrado</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>ordenadores autorizados para la depuración USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>contactos</translation>
  </message>
  <message>
   <source>default</source>
   <translation>predeterminado</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>apps predeterminadas de SMS y teléfono</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>navegador predeterminado</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>administradores del dispositivo</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>mostrar sobre otras apps</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>cifrado</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>cifrado (por archivos)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>cifrado (disco completo)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>la entrada {number} del registro está dañada ({problem}); revísalo a mano</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>huellas y cara</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>indica el código de vinculación (las seis cifras que muestra el teléfono).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener ha comparado cada app de este teléfono con listas públicas de apps de acoso. Ninguna coincide. Las listas no están completas: si alguien parece saber cosas que no debería saber, pide ayuda para revisar más a fondo.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener no ha podido leer esto en el teléfono, así que no puede decir qué hay. Revísalo tú en el teléfono, por favor. Lo que ha fallado: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener no ha podido guardar en el teléfono su registro para deshacer, así que no ha cambiado nada. Comprueba que el teléfono tiene espacio libre y vuelve a intentarlo.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener no ha encontrado nada malo en lo que ha podido leer, pero no ha podido leer todo lo que necesita para esto, así que no puede decir que esté bien. Revísalo tú en el teléfono, por favor. Lo que faltaba: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener ha tenido un problema en una de sus propias revisiones ({check}), así que esta parte del teléfono no se ha evaluado. Por favor, informa del problema; los demás resultados siguen siendo válidos.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener no guarda nada más en este ordenador. Los informes que guardaste tú están donde los guardaste.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener no conoce ninguna app de mensajería en este teléfono. Si usas una, activa sus mensajes temporales.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener necesita la depuración USB para funcionar. Cuando termines, desactívala: un teléfono con la depuración activada es más fácil de copiar. El último paso, Terminar, lo hace por ti.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>historial y datos guardados en el teléfono</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>tener derechos de administrador del dispositivo</translation>
  </message>
  <message>
   <source>location</source>
   <translation>ubicación</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>ubicación todo el tiempo</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>bloqueado hasta que se escriba el PIN</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS no deja que hardener use por sí solo la conexión USB del teléfono. Instala las Platform-Tools de Google, ejecuta una vez “adb devices” y luego elige el teléfono “a través del adb de Google” en la lista.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>mensajes</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>micrófono</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>dispositivos cercanos</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>ninguno (cualquiera puede abrir el teléfono)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>normal</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>no permitido</translation>
  </message>
  <message>
   <source>off</source>
   <translation>desactivado</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>antiguo: pregunta por las actualizaciones</translation>
  </message>
  <message>
   <source>on</source>
   <translation>activado</translation>
  </message>
  <message>
   <source>password</source>
   <translation>contraseña</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>patrón (fácil de ver y adivinar)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>en pausa</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>llamadas de teléfono</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>modelo del teléfono y versión de Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>fotos</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>fotos y archivos</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>leer las notificaciones</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>leer la pantalla</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>leyendo {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>reciente</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>bloqueo de pantalla</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>grabación de pantalla</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>ajustes</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>saltado, el teléfono dio un nombre sospechoso: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>solo deslizar (cualquiera puede abrir el teléfono)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>desactivado</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>sincronización</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>SMS</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>desconocido</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>desconocido (el teléfono no lo ha dicho)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>se puede usar</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>acceso a datos de uso</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>usuarios y perfiles</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>sí</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} actúa como una app espía</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} puede hacer una copia de seguridad de todos tus chats, fotos y mensajes de voz en Google Drive. hardener no puede ver si lo hace, así que revísalo, por favor. Cualquiera que entre en esa cuenta de Google puede leer la copia.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} se puede usar para vigilar a alguien</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} puede copiar fotos y archivos en la nube</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} puede mostrarse encima de otras apps</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} puede instalar otras apps</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} puede leer todas tus notificaciones</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} puede leer tus contactos</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} puede leer tu tráfico de internet</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} puede grabar tu pantalla sin preguntar</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} puede ver y controlar tu pantalla</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} puede ver qué apps usas y cuándo</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} puede usar: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} no viene de una tienda de apps</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} recibe tus SMS</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} gestiona tus llamadas</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} tiene permisos de administración del dispositivo</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} no tiene icono en la lista de apps</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} está siempre activada y bloquea el tráfico sin ella</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} está siempre activada, pero el tráfico puede salir sin ella</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} guarda un historial de lo que traduces</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} ya casi no guarda nada en el teléfono</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} sabe exactamente dónde estás</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>Puede que {app} copie tus chats en la nube</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>Puede que {app} suba tus fotos o archivos a su nube. hardener no puede ver qué sube, así que revísalo, por favor. Cualquiera que entre en la cuenta puede verlos.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} se hace pasar por parte de Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} pone tu ubicación en cada foto</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} lee la pantalla sin aparecer en la lista</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; no (no hay terminal donde preguntar)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>La cuenta de {service} {account} copia tus datos: {data}</translation>
  </message>
 </context>
</TS>
