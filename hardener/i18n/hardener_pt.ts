<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>%v de %m alterações feitas</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Alteração</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Alterações e como estão</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Alterações feitas até agora</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Alterando o celular…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Mantenha o celular conectado. Primeiro o hardener grava no celular um registro para desfazer as alterações.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>Não, pular esta</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Pergunta: esta alteração não pode ser desfeita</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Estado</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Parar de alterar o celular (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Parando…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Esta alteração não pode ser desfeita</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Sim, para os %n apps como este</numerusform>
    <numerusform>Sim, para os %n apps como este</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Sim, fazer</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
Agora: {now}. Depois: {after}.
Isso não pode ser desfeito. Fazer esta alteração?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Verificando…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Não foi possível verificar</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Feito</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>Já fiz</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>Já fiz: verificar de novo</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Ainda não</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Parar de verificar</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>A fazer</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>O hardener verificou o celular: isto está feito.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>O hardener verificou o celular: isto ainda não está feito. Tente os passos de novo.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>O hardener não conseguiu verificar isto no celular. Confira se está feito.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>O hardener está lendo o celular de novo…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>O hardener lê o celular de novo para conferir este passo</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>Sobre o item escolhido</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Verificar de novo</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Escolha uma linha à esquerda para ler sobre ela.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Escolher o que mudar</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Escolha sua situação e veja cada alteração antes de ela ser feita</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>O que foi encontrado, em grupos, o mais grave primeiro</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>Do guia da NSWP “Digital Security” (Segurança digital), seção: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Gravidade</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desligar a depuração USB e terminar</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>O que o hardener encontrou</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>O que o hardener viu no celular</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>O que você pode fazer</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>Por que isso importa</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>O hardener encontrou %n coisa para corrigir</numerusform>
    <numerusform>O hardener encontrou %n coisas para corrigir</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>O hardener não encontrou nada para corrigir no que conseguiu verificar</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>O hardener não encontrou nada urgente para corrigir</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>Falta %n coisa a fazer no celular. Só você pode fazê-la.</numerusform>
    <numerusform>Faltam %n coisas a fazer no celular. Só você pode fazê-las.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Um PDF ou uma página web, onde você escolher</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Voltar</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Encerra a conexão com o celular</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>Não foi possível apagá-lo, então a depuração USB continua ligada. Volte e tente Terminar de novo.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Manter a possibilidade de desfazer depois. Quem vasculhar o celular pode ver que as configurações foram alteradas.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Fazer o celular esquecer este computador</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Próxima pessoa: apagar tudo</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>No celular, abra Configurações e depois Opções do desenvolvedor (muitas vezes em “Sistema”). Se você não encontrar Opções do desenvolvedor, elas já estão desligadas: pronto.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Apaga da tela e da memória tudo sobre este celular</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Relatório salvo: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Salvar um relatório antes</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Ver o que falta fazer</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Parar (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Desligar a depuração USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Desligue “Usar opções do desenvolvedor”, no alto da tela.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Desligando a depuração USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Toque em “Revogar autorizações de depuração USB” e depois em “OK”.</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>O celular não confirmou. Desligue no próprio celular: siga os passos abaixo.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Não foi possível salvar o relatório: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>O registro para desfazer ainda está no celular</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Isso leva alguns segundos.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Para desfazer depois, você vai precisar do código para desfazer que recebeu.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Para desfazer depois, você vai precisar deste código para desfazer: %1. Guarde-o longe do celular.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>A depuração USB está desligada</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>A depuração USB pode ainda estar ligada</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Desconecte o celular.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Você pode desconectar o celular. Falta um último passo no celular:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>Agora o hardener desliga a depuração USB e as Opções do desenvolvedor no celular. Depois o celular se desconecta: isso é normal.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Dados biométricos, como impressões digitais e leituras da íris, são usados em passaportes e nas fronteiras, o que é preocupante quando as trabalhadoras do sexo são migrantes com entrada proibida.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Os dados podem ser coletados por muitos canais, como páginas da web, apps, sistemas de banco pelo celular e biometria, sem o conhecimento ou o consentimento ativo das trabalhadoras do sexo, o que traz riscos inaceitáveis para a segurança e a privacidade delas.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Proteção de dados, censura, organização, segurança e privacidade</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>As tecnologias digitais, como os aplicativos para celular e as práticas de vigilância biométrica, também podem ser usadas para encontrar, contar, identificar, seguir, rastrear e punir as trabalhadoras do sexo;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Durante o confinamento, houve uma espécie de “caça” às trabalhadoras do sexo pelas redes [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>O algoritmo “Pessoas que você talvez conheça” do Facebook é conhecido por juntar no Facebook informações dos usuários vindas de diferentes plataformas e aparelhos, o que faz as contas pessoais das trabalhadoras do sexo aparecerem nas telas de clientes ou de familiares e acaba com as proteções de segurança que elas tinham criado.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Por exemplo, quando trabalhadoras do sexo são presas, os celulares delas podem ser usados para obter informações comprometedoras para chantageá-las e cobrar propina delas.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Boas práticas</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Leis prejudiciais que regulam os espaços digitais e seu impacto na privacidade, na segurança e no bem-estar das trabalhadoras do sexo</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Introdução</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>As forças policiais também vasculham os celulares das trabalhadoras do sexo quando elas são presas, prestando atenção especial às mensagens e ao histórico do Google Tradutor.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>As forças policiais também vasculham os celulares das trabalhadoras do sexo quando elas são presas, prestando atenção especial às mensagens e ao histórico do Google Tradutor. Isso é usado depois para provar que elas são trabalhadoras do sexo, e então elas são condenadas e/ou deportadas.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Revisão da literatura</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Muitas integrantes relataram casos em que dados sensíveis foram obtidos por pessoas que procuravam formas de explorar e abusar de trabalhadoras do sexo por meio de chantagem e ameaças.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Muitas pessoas entrevistadas também relataram que a polícia mira sites, redes sociais e apps de namoro para reunir informações sobre trabalhadoras do sexo e exigir dinheiro ou sexo.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Mapear os locais ou espaços físicos frequentados por trabalhadoras do sexo é extremamente delicado e pode ser perigoso.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Recomendações</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Os prestadores de serviços e as trabalhadoras do sexo precisam saber como essas plataformas e aplicativos on-line podem usar os dados coletados ou compartilhá-los com terceiros, como anunciantes, acionistas e até governos.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Algumas práticas de segurança digital adotadas pelas trabalhadoras do sexo incluem o uso de VPN (rede privada virtual), ter celulares e chips (cartões SIM) separados para o trabalho e para a vida pessoal,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Algumas práticas de segurança digital adotadas pelas trabalhadoras do sexo incluem o uso de VPN (rede privada virtual), ter celulares e chips (cartões SIM) separados para o trabalho e para a vida pessoal, proteção com senha, uso de criptografia,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>O Código de Processo Penal (CPP) permite que policiais ou terceiros designados obtenham quaisquer dados considerados necessários sem autorização judicial.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>A revelação, por outras pessoas, de que alguém faz trabalho sexual é uma grande ameaça. Sempre existe o risco de clientes encontrarem a conta pessoal de trabalhadoras do sexo.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>O uso de biometria, mineração e coleta de dados, microssegmentação, mapeamento geográfico etc. em intervenções digitais com trabalhadoras do sexo é cheio de perigos e prejudica a eficácia da prestação de serviços.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Há casos em que fotos ou vídeos de trabalhadoras do sexo em shows por webcam são capturados por pessoas que depois os usam para chantageá-las.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Isso também é comum em muitos países quando uma trabalhadora do sexo é presa e a polícia confisca o celular dela para obter informações sobre outras trabalhadoras do sexo.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Isso, por sua vez, pode fazer com que trabalhadoras do sexo sejam expostas, sofram “doxxing” (a revelação on-line de informações que identificam alguém), assédio, perseguição, chantagem ou outros comportamentos abusivos que colocam em perigo o bem-estar e a vida delas.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>qualquer tipo de coleta de dados pode ameaçar a privacidade e a segurança das trabalhadoras do sexo se cair em mãos erradas.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>escolher navegadores, plataformas, provedores de e-mail, apps e outras ferramentas de comunicação que ofereçam melhores opções de proteção de dados e privacidade.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>muitas trabalhadoras do sexo preferem ter uma identidade on-line separada para o trabalho.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>dados sensíveis podem acabar nas mãos de pessoas que querem fazer mal às trabalhadoras do sexo, mesmo quando se pensa que eles estão protegidos.</translation>
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
   <translation>Esconder esta janela agora e apagar tudo o que ela mostra</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Sair rápido (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Ficar</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>Terminar desliga a depuração USB e apaga o registro para desfazer. Se ficar ligada, é uma porta de entrada no celular para quem o pegar depois.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Sair mesmo assim</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>O celular está sendo alterado agora. Sair agora pode deixar uma alteração pela metade.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>A depuração USB ainda está ligada</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>A depuração USB ainda está ligada: terminar primeiro?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>A&amp;juda</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Idioma</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>&amp;Próxima pessoa: apagar tudo</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Sair</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Sessão</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;Tamanho do texto</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Texto maior</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>A verificação parou. Nada foi alterado no celular.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Como ligar a &amp;depuração USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Grande</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Maior</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Muito grande</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Normal</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Celular: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Celular de treino (não é um celular de verdade)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Texto menor</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Parado. O celular não está conectado.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: verificar e proteger um celular</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Já estava bom</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Não pode ser desfeito</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Alterando…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Corrigido</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Talvez alterado</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Não corrigido</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>Não restaurado</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Restaurado</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Pulado</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>O celular não aceitou a alteração. Alguns celulares bloqueiam isso.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>O celular não aceitou voltar ao valor antigo.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>O celular respondeu: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>O celular já estava configurado assim.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Esperando</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>Trabalhando…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Você escolheu não fazer esta alteração.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>O hardener não conseguiu ler a configuração de novo, então não pode dizer se funcionou.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>%n item já estava bom.</numerusform>
    <numerusform>%n itens já estavam bons.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>%n item corrigido.</numerusform>
    <numerusform>%n itens corrigidos.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>%n item não corrigido: veja o motivo abaixo.</numerusform>
    <numerusform>%n itens não corrigidos: veja o motivo abaixo.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>%n item pulado.</numerusform>
    <numerusform>%n itens pulados.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Um PDF ou uma página web, onde você escolher</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Alteração</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Verificar o celular de novo e fazer as alterações recusadas</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Pronto</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Pronto, com problemas</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Feito. Isso não pode ser desfeito.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Cada alteração e seu resultado</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Voltar aos valores de antes</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Relatório salvo: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Resultado</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Salvar um relatório</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Falta fazer no celular: %n</numerusform>
    <numerusform>Falta fazer no celular: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desligar a depuração USB e terminar</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Não foi possível salvar o relatório: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Tentar de novo</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Código para desfazer: %1. Você só precisa dele para desfazer estas alterações depois, em outro computador. Anote e guarde longe do celular.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Desfazer estas alterações</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>O que só você pode fazer no celular, verificado de novo</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Por quê</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Se não houver "Opções do desenvolvedor", ligue-as primeiro: siga "Como ligar a depuração USB" até "Opções do desenvolvedor". O celular e este computador precisam estar na mesma rede Wi-Fi.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>Na tela "Depuração por Wi-Fi", o endereço em "Endereço IP e porta" é o de conexão. A porta dele não é a de pareamento. Digite-o também abaixo.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Abra Configurações e encontre "Opções do desenvolvedor". Muitas vezes fica em "Sistema". Você também pode digitar "Desenvolvedor" na busca no alto de Configurações.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Abra Configurações. Toque em "Configurações adicionais" (ou "Configurações do sistema") e depois em "Opções do desenvolvedor".</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Abra Configurações. Toque em "Configurações adicionais" e depois em "Opções do desenvolvedor".</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Abra Configurações. Toque em "Sistema e atualizações" e depois em "Opções do desenvolvedor".</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Abra Configurações. Toque em "Sistema" e depois em "Opções do desenvolvedor".</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Abra Configurações. "Opções do desenvolvedor" fica bem no final: toque nela.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Ligue "Depuração por Wi-Fi". O celular pergunta "Permitir a depuração por Wi-Fi nesta rede?": toque em "Permitir".</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Toque nas palavras "Depuração por Wi-Fi" (não no botão) para abrir a tela dela. Depois toque em "Parear o dispositivo com um código de pareamento".</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>O celular mostra um "Código de pareamento por Wi-Fi" de seis dígitos e um "Endereço IP e porta". Digite os dois abaixo. Deixe essa janela aberta no celular até o hardener dizer que está conectado.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Endereço de conexão (Endereço IP e porta):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Endereço de conexão, por exemplo 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Voltar</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Conectar por Wi-Fi com um código de pareamento</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Para celulares com Android 11 ou mais novo, sem cabo. O programa "adb" do Google (Platform-Tools) faz o pareamento. Depois o celular confia na chave desse programa, guardada num arquivo na pasta pessoal deste computador (.android/adbkey), e não na chave do próprio hardener. O adb do Google também guarda nessa pasta uma lista dos celulares pareados (.android/adb_known_hosts.pb): quem vasculhar este computador pode ver que celulares foram pareados. O hardener não apaga essa lista.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>O programa "adb" do Google, versão {version}, fará o pareamento ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Procurando o programa "adb" do Google neste computador…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marca do celular</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Outros celulares</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Parear e conectar</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Endereço e porta de pareamento, por exemplo 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Endereço e porta de pareamento:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>O pareamento não pode ser feito a partir deste computador. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Digite primeiro as três coisas que o celular mostra: o endereço de pareamento, o código e o endereço de conexão.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Usar um cabo USB em vez disso</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Código de pareamento por Wi-Fi, seis dígitos</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Código de pareamento por Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>O hardener não conseguiu executar o programa "adb" do Google.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>Sobre o telefone</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Configurações adicionais</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Permitir</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Permitir depuração ADB no modo somente carregamento</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Permitir depuração USB?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>Permitir a depuração por Wi-Fi nesta rede?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Sempre permitir a partir deste computador</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Versão do Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Apps</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Bateria</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Número da versão</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Somente carregamento</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Negar</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opções do desenvolvedor</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Nome do dispositivo</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Tela</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Transferência de arquivos</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>Endereço IP e porta: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Versão do MIUI / Versão do SO</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Modelo</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Rede e Internet</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>OK</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Parear o dispositivo com um código QR</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Parear o dispositivo com um código de pareamento</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Parear com o dispositivo</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Imagem da tela de um celular</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Revogar autorizações de depuração USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>Revogar o acesso à depuração USB de todos os computadores que você autorizou antes?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Segurança</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Configurações</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Informações do software</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Permanecer ativo</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Sistema</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Sistema e atualizações</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Toque em: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>A impressão digital da chave RSA do computador é: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Depuração USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Depuração USB (Configurações de segurança)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>A depuração USB serve apenas para fins de desenvolvimento.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Usar USB para</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Usar opções do desenvolvedor</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Usar a depuração por Wi-Fi</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Versão</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Código de pareamento por Wi-Fi: 482915
Endereço IP e porta: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Depuração por Wi-Fi</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>Agora você é um desenvolvedor!</translation>
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
   <translation>Permitir depuração USB?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Sempre permitir a partir deste computador</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Negar</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>Na tela do celular de treino (não é um celular de verdade):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Tela do celular de treino</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Celular de treino: permitir este computador</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Celular de treino: recusar este computador</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>A impressão digital da chave RSA do computador é:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Um perfil está com defeito</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Outro programa está usando o celular</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Pergunta antes de parar o programa adb neste computador</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Voltar ao pareamento</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Voltar ao início</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Conectar de novo</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Conectar pelo programa adb que está usando o celular, sem pará-lo</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Detalhes para quem for ajudar</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Como ligar a depuração USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Mais de um celular</translation>
  </message>
  <message>
   <source>No</source>
   <translation>Não</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>Nenhum celular encontrado</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>Não há lugar seguro para a chave do hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>Nada responde neste endereço</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>Nada foi alterado</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>Nada foi alterado no celular.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>O pareamento não pode ser feito a partir deste computador</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Algumas alterações podem já ter sido feitas. Conecte de novo: o hardener vai mostrar essas alterações e oferecer terminar ou desfazer.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Algumas configurações podem ainda não ter voltado. Conecte de novo para terminar de desfazer.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Algo deu errado</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Parar o outro programa…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Parado</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>A porta USB não está liberada</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>A conexão com o celular caiu</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>O chaveiro está bloqueado</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>O celular não aceitou o pareamento</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>O celular não permitiu este computador</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>O celular não responde</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>O celular ainda não permitiu este computador</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Este endereço não pode ser usado</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Isto não é um código de pareamento</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Isso para o programa “adb” neste computador. Se outra pessoa estiver usando esse programa (por exemplo, o Android Studio), ela perde a conexão com o celular. Parar?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Tentar de novo</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>A depuração USB está desligada</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>A depuração USB pode ainda estar ligada. Conecte de novo e aperte Terminar, ou desligue no celular.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>Usá-lo</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Sim, parar</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>O hardener encontrou um problema inesperado. Nada mais será feito no celular.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>A chave do hardener está danificada</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>Também em um segundo idioma, lado a lado (por exemplo, o da instrutora ou do instrutor)?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Só neste idioma</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Página web (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Salvar o relatório</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>Não alterar nada neste celular</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>Ainda não confronte ninguém por isso. Remover ou alterar o app pode alertar a pessoa que o instalou.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Peça ajuda: uma organização de trabalhadoras do sexo, um serviço contra a violência doméstica ou uma linha de ajuda em segurança digital podem ajudar você a decidir o que fazer.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Continuar e alterar também esse app</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Continuar, sem mexer nesse app</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Primeiro faça um plano de segurança: para onde você pode ir e para quem pode ligar se as coisas piorarem.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Só se você tiver um plano de segurança: a pessoa que o instalou pode perceber</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>As outras alterações ainda podem ser feitas; nada desse app é alterado</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Pare e leia: foi encontrado um app que pode espionar este celular</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>Parar aqui</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>O app pode ver o que é feito neste celular, incluindo as alterações feitas agora.</translation>
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
   <translation>Verificando o celular de novo…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Verificando o celular…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Quanto do celular já foi lido</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Partes do celular já lidas</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Lendo: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Parar a verificação (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Parando…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>O hardener lê as configurações do celular. Ele não muda nada.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>%n item já feito.</numerusform>
    <numerusform>%n itens já feitos.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>%n alteração foi deixada de fora porque um nome no celular não parecia seguro.</numerusform>
    <numerusform>%n alterações foram deixadas de fora porque um nome no celular não parecia seguro.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>%n delas não pode ser desfeita: vamos perguntar a você de novo.</numerusform>
    <numerusform>%n delas não podem ser desfeitas: vamos perguntar a você de novo.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>Depois</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Já feito</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Voltar ao que foi encontrado</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Pode ser desfeito</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Não pode ser desfeito</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Alteração</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Alterar o celular como mostra a lista</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Alterações que o hardener vai fazer</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Escolha uma situação à esquerda.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Escolha a situação mais parecida com a sua. Você vê cada alteração antes de ela ser feita.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Cada alteração, com o valor de agora e o de depois</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Para quem ajuda: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Fazer estas alterações</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Agora</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Situações</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Passos que você faz no celular</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>O celular já está configurado assim. Nada a mudar.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Esta escolha não muda nada no celular.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Desfazer</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>Qual é a sua situação?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>O hardener vai fazer %n alteração.</numerusform>
    <numerusform>O hardener vai fazer %n alterações.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Um celular no cabo USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Um celular no Wi-Fi (endereço)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Endereço do celular no Wi-Fi, por exemplo 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Verificar e proteger um celular</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Conectar</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Conectar por Wi-Fi com o código de pareamento do celular, pelo programa adb do Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Conecte o celular a este computador. O hardener verifica o celular, explica o que encontra e pode mudar configurações para deixá-lo mais seguro. Ele não guarda nada sobre o celular neste computador.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Conectar ao celular escolhido</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Como ligar a depuração USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Procurar de novo</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Procurar de novo celulares no USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Nenhum celular encontrado ainda. O programa "adb" do Google está neste computador, mas não está rodando: rode "adb devices" uma vez na pasta dele, depois conecte o celular, desbloqueie-o e ligue a depuração USB. O hardener então passa por ele.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Nenhum celular encontrado ainda. Conecte o celular com um cabo USB, desbloqueie e ligue a depuração USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Celulares encontrados no USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Celular de treino (não é um celular de verdade)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>O celular pede um código de pareamento (Android 11 e mais novo)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Primeiro digite o endereço do celular, por exemplo 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Qual celular de treino</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, pelo adb do Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (pelo adb do Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: não responde (pelo adb do Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: este computador não permite a porta USB (pelo adb do Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: aguardando "Permitir" no celular (pelo adb do Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (pelo adb do Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n coisa que só você pode fazer no celular. Faça e depois toque em “Já fiz”: o celular é verificado de novo.</numerusform>
    <numerusform>%n coisas que só você pode fazer no celular. Faça cada uma e depois toque em “Já fiz”: o celular é verificado de novo.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Voltar</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>Não falta nada a fazer no celular no que pôde ser verificado.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Falta fazer no celular</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desligar a depuração USB e terminar</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>%n alteração não pode ser desfeita (por exemplo, histórico de app apagado).</numerusform>
    <numerusform>%n alterações não podem ser desfeitas (por exemplo, histórico de app apagado).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n não pôde ser restaurada: veja o motivo abaixo.</numerusform>
    <numerusform>%n não puderam ser restauradas: veja o motivo abaixo.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n valor voltou a ser como antes.</numerusform>
    <numerusform>%n valores voltaram a ser como antes.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Um código para desfazer tem 12 letras e números, como 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Voltar</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Cancelar</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Alteração</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Alterações no registro para desfazer</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Verificar o celular de novo</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Verificar o celular; não alterar nada</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Apagar o registro</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Terminar</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Terminar ou desfazer as últimas alterações</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Continuar sem ele</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>Foi feito numa visita anterior e está trancado com um código para desfazer. Digite o código para ver e desfazer essas alterações. Sem o código, você pode apagar o registro: as alterações anteriores ficam e não podem mais ser desfeitas.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Manter as alterações</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Mantenha o celular conectado.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Manter e continuar</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Abrir o registro</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Desfeito em parte</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Voltar aos valores de antes</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Voltando aos valores antigos…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Estado</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Parar de desfazer (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Desligar a depuração USB e terminar</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>As alterações anteriores ficam; não podem mais ser desfeitas</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>As últimas alterações não terminaram</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>Não foi possível apagar o registro: ele ainda está no celular. Tente de novo.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Este código não abre o registro. Confira cada letra e número e tente de novo.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>Este celular guarda um registro para desfazer</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Para alterar este celular, primeiro abra o registro anterior com o código dele, ou apague-o. Gravar por cima faria perder o caminho de volta.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Código para desfazer:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Desfazer</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>Desfazer estas alterações?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Desfeito</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Por quê</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>O hardener já alterou este celular antes e guardou nele um registro para desfazer. %n alteração pode ser desfeita.</numerusform>
    <numerusform>O hardener já alterou este celular antes e guardou nele um registro para desfazer. %n alterações podem ser desfeitas.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>O hardener volta aos valores que o celular tinha antes. %n alteração pode ser desfeita.</numerusform>
    <numerusform>O hardener volta aos valores que o celular tinha antes. %n alterações podem ser desfeitas.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>O hardener estava alterando este celular quando parou (talvez o cabo tenha sido puxado). Ele anotou cada valor que pode ter mudado. %n alteração pode ser desfeita.</numerusform>
    <numerusform>O hardener estava alterando este celular quando parou (talvez o cabo tenha sido puxado). Ele anotou cada valor que pode ter mudado. %n alterações podem ser desfeitas.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Encontre “Número da versão” (ou “Número de compilação”; às vezes fica dentro de “Informações do software” ou “Versão”) e toque nele 7 vezes, rápido. Você também pode digitar “Número da versão” na busca no alto das Configurações.</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Volte às Configurações e encontre “Opções do desenvolvedor”. Muitas vezes fica em “Sistema”. Você também pode digitar “desenvolvedor” na busca no alto das Configurações.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Volte às Configurações. Toque em “Configurações adicionais” (ou “Configurações do sistema”) e depois em “Opções do desenvolvedor”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Volte às Configurações. Toque em “Configurações adicionais” e depois em “Opções do desenvolvedor”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Volte às Configurações. Toque em “Sistema e atualizações” e depois em “Opções do desenvolvedor”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Volte às Configurações. Toque em “Sistema” e depois em “Opções do desenvolvedor”.</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Volte à primeira tela das Configurações. “Opções do desenvolvedor” agora fica bem no final. Toque nela.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Se também aparecer “Depuração USB (Configurações de segurança)”, ligue também. Sem isso, o hardener pode verificar o celular, mas não consegue mudar algumas configurações. O celular pode pedir para você entrar numa conta Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Se aparecer “Permitir depuração ADB no modo somente carregamento”, ligue também.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Abra as Configurações. Role até o final e toque em “Sobre o telefone”.</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Conecte o celular a este computador com um cabo USB. Desbloqueie o celular. Se o celular perguntar para que serve a conexão USB, escolha “Transferência de arquivos”.</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Ligue a “Depuração USB”. O celular pergunta se você tem certeza: toque em “OK”.</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Toque em “Número da versão” 7 vezes, rápido. Se o celular pedir, digite seu PIN. Depois o celular diz que agora você é um desenvolvedor.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Toque em “Versão do MIUI” 7 vezes, rápido (em celulares mais novos, o nome é “Versão do SO”). Se o celular pedir, digite seu PIN.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Toque em “Informações do software”.</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Toque em “Versão”. Depois toque em “Número da versão” 7 vezes, rápido. Se o celular pedir, digite seu PIN.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>O celular pergunta “Permitir depuração USB?”. Toque em “Permitir”. Não marque “Sempre permitir”, a não ser que este computador seja seu.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Voltar</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Escolha a marca do celular. Depois faça os passos no celular, um por um.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Como ligar a depuração USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Marca do celular</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Outros celulares</translation>
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
   <translation>Conectar ao celular de novo</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Conectando ao celular…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>Não marque “Sempre permitir a partir deste computador”, a não ser que este computador seja seu. Se você não vir a pergunta, desconecte o cabo e conecte de novo.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Parar de conectar (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Toque em “Permitir” no celular</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>Tocou em “Negar” sem querer? Desconecte o celular, conecte de novo e tente outra vez.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>O celular de treino pergunta “Permitir depuração USB?”. Responda na tela do celular de treino.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Isso leva alguns segundos.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Tentar de novo</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Desbloqueie o celular. Ele pergunta “Permitir depuração USB?”. Toque em “Permitir”.</translation>
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
   <translation>  (Neste caso: quando estiver ligado, rode de novo o mesmo 'hardener apply'.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (Ou deixe-o rodando e passe por ele: o mesmo comando com --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Só com ele estas alterações poderão ser desfeitas depois, em qualquer computador: hardener undo --undo-code CODE.
  'hardener finish' apaga do celular o registro para desfazer, a não ser que você adicione --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>“Desativar tempo limite de autorização adb” está ativado nas Opções do desenvolvedor: um computador autorizado uma vez mantém o acesso mesmo sem ser usado por meses. Desative e revogue as autorizações quando o hardener terminar.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>"Sincronizar dados automaticamente" está ligado: contatos, agenda e outras coisas são copiados para as contas o tempo todo. Essa cópia pode ser lida sem o celular por qualquer pessoa que tenha a senha, ou entregue à polícia pela empresa.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>"{address}" não é um endereço de rede que o hardener possa usar. Escreva-o como o celular mostra em Depuração por Wi-Fi: números e uma porta, por exemplo 192.168.1.20:5555 (a porta é um número de 1 a 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>"{code}" não é um código de pareamento. O código são os seis dígitos que o celular mostra em "Código de pareamento por Wi-Fi".</translation>
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
    <numerusform>%n alteração pode ser desfeita.</numerusform>
    <numerusform>%n alterações podem ser desfeitas.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n entrada do registro está danificada e será deixada como está.</numerusform>
    <numerusform>%n entradas do registro estão danificadas e serão deixadas como estão.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>há %n mês</numerusform>
    <numerusform>há %n meses</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n coisa para verificar.</numerusform>
    <numerusform>%n coisas para verificar.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>“{title}” ({what}): isso NÃO pode ser desfeito. Fazer?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(NÃO pode ser desfeito)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(Nada foi alterado.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(não pode ser desfeito: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(não definido)</translation>
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
   <translation>Um app de "proprietário do dispositivo" controla quase tudo neste celular e pode ver muita coisa. Isso só é normal num celular de trabalho dado por um empregador. Se este celular é seu, procure ajuda.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>Só um PIN, nada legível na tela de bloqueio, o histórico de tradução apagado e o celular desligado na fronteira.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Um Espaço privado esconde apps, mas fica aberto por um tempo depois que o celular bloqueia. Configure para bloquear sempre junto com o celular.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Um celular com defeito ou hostil (Android 12L): nomes de pacotes, nomes de contas, configurações e propriedades que tentam injeção de comandos no shell, quebras de linha, bytes NUL, marcas da direita para a esquerda, valores muito longos e linhas de lixo em cada saída.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>Um app de identificação de chamadas</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>Um certificado foi adicionado aos que o celular considera confiáveis. Com ele, outro computador pode ler o tráfego de internet que os apps protegem. Se não foi você que o adicionou, guarde um registro e peça ajuda antes de removê-lo.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>Uma verificação não pôde terminar</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Um backup na nuvem pode ser lido sem o celular, por qualquer pessoa que tenha a senha da conta.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>Um app de armazenamento na nuvem</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Um computador que não é usado por um tempo precisa ser autorizado de novo.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Um computador pareado com este celular pode controlá-lo pelo Wi-Fi, sem cabo. Se ela está ativada para esta visita, desative quando o hardener terminar; se não, outra pessoa pode estar usando.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>Há uma cópia no celular: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>Uma cópia do que você traduz pode ficar na sua conta Google.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>Um app de namoro</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>Um app de administrador do dispositivo pode bloquear ou apagar o celular, e é difícil de remover.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Um rosto ou um dedo pode ser usado para abrir o celular sem você concordar.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>Na fronteira, podem forçar seu dedo ou seu rosto; um PIN na sua cabeça, não.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>Podem forçar seu dedo ou seu rosto. Antes de um momento de risco, apague-os em Configurações, depois Segurança, ou use o Bloqueio total no menu de energia.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>Um dedo ou um rosto podem ser forçados: alguém pode colocar o celular na frente do seu rosto ou apertar o seu dedo nele. Um PIN fica na sua cabeça. Antes de um momento de risco, use o Bloqueio total ou remova as impressões digitais e o rosto.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>Podem forçar seu dedo ou seu rosto; um PIN na sua cabeça, não. Um celular desligado é o mais difícil de ler.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Um teclado vê tudo o que você digita, inclusive senhas. Este não veio com o celular. Se você o escolheu, verifique se confia em quem o fez.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Um teclado vê tudo o que você digita, inclusive senhas. Este foi instalado fora de uma loja de apps. Se não foi você que o escolheu, alguém pode estar lendo o que você digita. Não remova ainda: se ele estiver vigiando, removê-lo pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>Um app de mensagens</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>Um app de monitoramento</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>Foi encontrado um app de monitoramento: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Um número usado no trabalho e na vida pessoal liga as duas coisas para quem procurar.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>A digital ou o relógio de um parceiro pode estar configurado para abrir seu celular.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Um padrão é fácil de adivinhar, fácil de ver por cima do seu ombro e muitas vezes deixa marca na tela. Um PIN de 6 números ou mais, ou uma senha, é muito mais seguro.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Um celular pego logo depois que a tela apagou ainda pode abrir sem o PIN.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>Uma configuração do celular</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Um celular pego enquanto ainda está desbloqueado entrega tudo.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Um celular pego com a tela ainda ligada está aberto: não é preciso adivinhar nada. 30 segundos é mais seguro.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Um celular desligado e bloqueado com PIN é o mais difícil de abrir.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Um celular que abre sem PIN entrega à polícia cada conversa com cada cliente.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Um celular que abre sem PIN entrega à polícia ou a um chantagista tudo o que tem nele.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Um celular que fica com a tela ligada no carregador fica aberto para qualquer pessoa.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Um celular que foi desligado e não foi desbloqueado desde então é o mais difícil de ler. Se você espera a polícia, uma fronteira ou uma batida policial, desligue o celular.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Um celular com cerca de 600 apps (Pixel 6a, Android 13): muitos jogos, lojas e ferramentas; testa se o custo da verificação não cresce com o número de apps.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>Uma foto publicada num anúncio pode levar o lugar onde foi tirada.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Um navegador privado não guarda histórico e bloqueia rastreadores; o Tor Browser também esconde onde você está. Instale um e abra Configurações, Apps, Apps padrão e Navegador.</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Um provedor que você escolheu</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Há um proxy configurado para o celular inteiro: outro computador pode ver, e alterar, o que o celular envia e recebe. Se não foi você que configurou, alguém pode estar vigiando o que você faz na internet.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>Um registro ajuda um serviço de apoio e, depois, uma denúncia, se você decidir fazer uma.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Há um bloqueio de tela</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Um segundo perfil separa os apps, mas está no mesmo celular: quem abrir o celular pode abri-lo também, e um perfil de trabalho é controlado por quem o administra. Saiba o que há em cada um.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>Um app de segurança está desativado: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>Uma identidade separada para o trabalho</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>Uma configuração deste celular precisa de atenção</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>Uma configuração foi alterada</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>Uma organização de profissionais do sexo, um serviço contra a violência doméstica ou uma linha de ajuda em segurança digital pode ajudar você a verificar o celular e decidir o que fazer. Continue usando o celular como sempre até ter um plano.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>Um app de rede social</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>Um app espião</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>Um app espião mostra a outra pessoa suas mensagens, ligações e localização.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>Foi encontrado um app espião: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>Um app de tradução</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Um perfil de trabalho é gerenciado por {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>A permissão de Acessibilidade deixa um app ler tudo na tela, ver o que você digita e tocar por você. Apps espiões usam isso. Deixe essa permissão só para apps que você escolheu, como um leitor de tela.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Apps de acessibilidade: não foi possível ler</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Conta</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>As contas copiam dados do celular para fora, automaticamente</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Contas neste celular: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Contas: não foi possível ler</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>A Proteção avançada chegou com o Android 16. Neste celular, um PIN forte, o Bloqueio total e desligar o aparelho são o que mais protege.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>A Proteção avançada está desligada</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>A Proteção avançada está ligada</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Proteção avançada: não foi possível ler</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Anúncios e apps de encontro enquanto a polícia vigia</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>Depois de 5 minutos</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>Depois de reiniciar</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>Depois que a tela apaga, quem pegar o celular nesse tempo pode abri-lo sem o seu PIN. Bloqueie na hora, ou em no máximo 5 segundos.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Já estava bom</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Já estavam configurados de forma segura e ficaram como estavam: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>Um app</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>Uma app (nome não lido)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>Um app autorizado a gravar a tela sem perguntar pode copiar seus shows e conversas.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Uma loja de apps</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>Um app que se sobrepõe a outros pode mostrar telas falsas para roubar o seu PIN.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>Um app que lê notificações vê a prévia de cada mensagem.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>Um app que lê seus contatos pode ligar seu perfil de trabalho a pessoas que você conhece.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>Um app com a permissão de Acessibilidade pode ler sua tela e agir como se fosse você.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>Um app com a câmera ou o microfone pode gravar você e seus shows.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>Uma localização exata mostra onde você mora e trabalha; uma aproximada basta para conhecer gente por perto.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Um agente segurando o celular bloqueado pode ler as mensagens que aparecem na tela.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Um celular de trabalho de campo com dados de pesquisas ou de clientes</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Um código para desfazer tem 12 letras e números, como 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>O Android 16 pode bloquear apps de fora da loja, redes 2G antigas e novas conexões USB enquanto o celular está bloqueado. Assim um celular levado fica mais difícil de ler, com alguns limites para os apps.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>O backup do Android copia dados e configurações dos apps para a sua conta e, com o Google, muitas vezes também as mensagens de texto e o histórico de chamadas. Qualquer pessoa com a senha, ou a empresa quando a polícia pede, pode ler isso sem o celular.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>O backup do Android está desligado</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Backup do Android na nuvem</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>O Android está executando este app como serviço de acessibilidade, o que permite que ele leia tudo na tela, mas ele não está na lista de apps de acessibilidade das Configurações. Não remova ainda: se ele estiver vigiando, removê-lo pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Outro programa neste computador (o servidor "adb" do Google, processo {pid}) está usando o celular. O hardener pode passar por ele: o celular pode então perguntar de novo "Permitir depuração USB?", para esse programa. Ou o hardener pode pará-lo se você concordar, ou você pode fechar esse programa.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>Outra sessão está alterando este celular agora. Espere terminar e tente de novo. (Se nenhuma outra sessão estiver aberta, tente de novo em {minutes} minutos.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Qualquer pessoa com o celular bloqueado na mão pode ler as mensagens que aparecem na tela.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>Qualquer pessoa que pegar este celular pode abri-lo e ler tudo: mensagens, fotos, contatos e histórico de tradução. Defina um PIN de 6 números ou mais, ou uma senha.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Permissões dos apps: não foi possível ler</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Aplicar %n alteração?</numerusform>
    <numerusform>Aplicar %n alterações?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Apps e permissões</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Apps como este enviam seus contatos e usam esses contatos para sugerir "pessoas que você talvez conheça". Assim, clientes, colegas ou família podem ver o seu perfil, ou você o deles. Isso pode expor você.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Apps que se passam pelo Android: não foi possível ler</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Apps que agem como apps espiões: não foi possível ler</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Apps que podem instalar apps: não foi possível ler</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Apps que se sobrepõem a outros apps: não foi possível ler</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Apps que leem seus contatos podem mostrar o seu perfil a clientes ou à família.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Apps sem ícone: não foi possível ler</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Os apps que você permitiu podem saber onde você está. Desligue a localização quando for trabalhar ou a um lugar que outros não devem saber, e ligue de novo quando precisar de um mapa.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Apps: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Peça à sua operadora para bloquear o chip (SIM) e dar um novo. Em geral, você pode manter o seu número.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Considere que tudo nele foi copiado</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>Na fronteira: desligue o celular</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>No final, deixe o hardener encerrar a sessão, ou abra Configurações, depois Sistema, depois Opções do desenvolvedor, e desligue a chave no alto da tela.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>No final: revogue as autorizações de depuração USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>No final: desative a depuração por Wi-Fi</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Automático</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>A sincronização automática não tem conta para onde copiar</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>A sincronização automática está desligada</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Sincronização automática: não foi possível ler</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Backup: não foi possível ler</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Antes de uma possível prisão ou batida policial</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Antes de uma revista: desligue ou bloqueie</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Antes de mudar qualquer coisa, guarde uma prova: tire fotos desta tela com outro celular, ou salve este relatório num aparelho que só você usa. Isso pode ajudar depois com uma organização de apoio ou um advogado, seja qual for a sua decisão.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Celular para teste de desempenho: Pixel 6a com Android 13 e cerca de 1000 apps.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Celular para teste de desempenho: Pixel 6a com Android 13 e cerca de 300 apps.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Celular para teste de desempenho: Pixel 6a com Android 13 e cerca de 50 apps.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>Além deste computador, o celular confia em outros computadores para depuração USB (número: {others}). Quem tiver um deles pode conectar o celular desbloqueado e copiar arquivos, instalar apps ou ver a tela. Revogue as autorizações quando o hardener terminar.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Busca Bluetooth com o Bluetooth desligado</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Agentes de fronteira podem revistar um celular que abre sem PIN.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Ligue ou escreva pedindo ajuda de um celular ou computador que quem vigia nunca tocou. Um celular vigiado pode mostrar a essa pessoa com quem você falou.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Câmera, microfone, gravação de tela e acessibilidade: só para os apps que você escolher.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Certificados adicionados ao celular: não foi possível ler</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Mudar suas senhas</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Carregue o celular por completo e deixe-o na tomada. Abra Configurações, depois Segurança, depois Criptografar telefone. Pode levar uma hora. Antes, defina um PIN ou uma senha.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Conversas e fotos com backup na nuvem podem ser lidas sem o celular.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Verificar o backup do Google Fotos</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Verificar o Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Verificar os backups do WhatsApp e das fotos</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Verificar o backup de conversas do WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Verificar o Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Verificar apps de fora de uma loja de apps</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Verificar apps que não vieram de uma loja de apps</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Verificar apps que se sobrepõem a outros apps</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Verificar apps com acesso ao uso</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Verificar os apps de administrador do dispositivo</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Verificar o desbloqueio por impressão digital e por rosto</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Confira digitais, rosto e Smart Lock quando for seguro</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Só verificar</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Só verifique e depois fale com alguém de confiança</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Confira se este app precisa disso. Você pode tirar qualquer uma dessas permissões; o app pede de novo se precisar mesmo dela.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Verificar as contas</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Ver o que vai para o backup</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Ver o que este app envia</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Veja do que os seus apps fazem backup na nuvem</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Confira quais apps podem gravar sua tela</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Confira qual navegador abre seus links e escolha um que guarde menos sobre você.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Verifique qual teclado você usa</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Confira quem pode achar você pelo seu número</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Confira de quem são a digital, o rosto ou o dispositivo confiável que abrem o celular</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Verifique seus apps padrão</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Escolha um navegador que guarde menos sobre você</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Escolher o que é sincronizado com a nuvem</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Escolher o que esta conta copia</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Apagar o histórico dentro do app de tradução</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Apagar o histórico no app</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Apagar o histórico de tradução</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Apague o histórico de tradução antes de viajar</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Contas na nuvem, sincronização e backup</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Apps de nuvem: não foi possível ler</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Computadores autorizados para depuração USB continuam autorizados para sempre</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Computadores autorizados para depuração USB: não foi possível ler</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Computadores autorizados para depuração USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Conecte com: {command}   (Ctrl-C o encerra)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Contatos e fotos na nuvem podem ser lidos sem o celular.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>Não foi possível verificar</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>Não foi possível verificar ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Não foi possível verificar</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>Não foi possível acessar o chaveiro, então a chave (se houver uma) não foi removida: {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Atravessar uma fronteira ou viajar</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Apps de encontro e de anúncios longe dos seus contatos e da sua localização exata, um número separado e as mensagens fora da tela de bloqueio.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Apps de encontro e localização: não foi possível ler</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Só lide com apps espiões depois de um plano de segurança</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Lidar com apps espiões com segurança</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Apps padrão de SMS e telefone: não foi possível ler</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Navegador padrão: não foi possível ler</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Apagar o histórico do Tradutor na sua conta Google</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Apagar as frases salvas</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Apagar o histórico de tradução na sua conta Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Apagar o histórico de tradução guardado na sua conta Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Apague o histórico de tradução guardado na sua conta</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opções do desenvolvedor</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Apps de administrador do dispositivo: não foi possível ler</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Os direitos de administrador do dispositivo deixam um app bloquear o celular, apagar tudo nele ou impedir você de removê-lo. Deixe esses direitos só para apps que você conhece, como o Encontre Meu Dispositivo ou um app de trabalho.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>Você conhece este app?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>Você sabe por que este app está aqui?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Feito: {changed} alterados, {already} já estavam bons, {not_applied} não aplicados, {skipped} pulados, {failed} com falha ({round_trips} idas e voltas).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Cada conta conectada no celular expõe seus e-mails, fotos e conversas a uma revista.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>Toda vez que um app pedir para gravar ou transmitir sua tela, leia qual app é. Marcar "Não mostrar novamente" deixa ele gravar depois sem perguntar.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Criptografar o celular</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Criptografia:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Criptografia: não foi possível ler</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>Apagar do celular o registro para desfazer? Depois as alterações não poderão mais ser desfeitas.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Mesmo com Wi-Fi e Bluetooth desligados, o celular procura redes e aparelhos por perto. Isso diz aos apps e ao Google onde você está, até em lugares fechados. Pouca gente precisa disso.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Todo serviço de acessibilidade em execução está na lista das Configurações.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>Todo app instalado fora de uma loja tem ícone</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Todos os apps com um nome que o Android reserva para si vieram com o celular.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Todos os apps que você instalou vieram de uma loja de apps</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>Tudo o que o app guarda também vai embora: os idiomas off-line que você baixou, as frases salvas, as configurações e o login. Você pode baixar os idiomas de novo depois.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Tudo neste celular está num só lugar. Se trabalho e vida pessoal dividem o aparelho, mantenha-os em números e contas separados.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>O desbloqueio por rosto está configurado</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Antes de viajar, descubra o que a lei permite que os agentes peçam nessa fronteira. Uma organização de trabalhadoras do sexo ou um grupo de direitos de migrantes pode te dizer.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>O desbloqueio por impressão digital e por rosto está configurado</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Desbloqueio por impressão digital e por rosto: não foi possível ler</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>O desbloqueio por impressão digital está configurado</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Corrigido</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Para uma primeira visita, ou um celular que alguém talvez vigie: olhar antes de mudar qualquer coisa.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Para um celular de equipe que guarda dados de outras pessoas: bloquear bem e manter esses dados fora da nuvem.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Para quem atravessa uma fronteira ou viaja a trabalho, sobretudo migrantes cuja situação pode ser questionada.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Para quem pode ser presa, ter a casa invadida ou ser revistada pela polícia, e ter o celular levado.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Para quem faz shows por webcam ou cria conteúdo com este celular.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Para quem encontra clientes em apps de encontro, redes sociais ou sites de anúncios onde a polícia também olha.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Para quem mantém o trabalho sexual separado da família, dos amigos e de um emprego diurno.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Para quem tem parceiro, ex ou cliente que talvez leia seu celular, ou use o que há nele contra você.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Para migrantes e quem conversa com clientes ou autoridades por um app de tradução.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Para agentes de campo e organizações cujo celular guarda dados de outras pessoas.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Para quem usa apps de tradução todo dia: manter o histórico curto e longe da nuvem.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Encontrado: %n problema para corrigir.</numerusform>
    <numerusform>Encontrados: %n problemas para corrigir.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>De outro celular ou computador, mude as senhas do seu e-mail, dos apps de mensagem, das redes sociais e das contas na nuvem.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Buscar ajuda de quem entende</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Dê aos apps de encontro só uma localização aproximada</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Repassar os resultados</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Bom saber</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Bom. Um PIN de 6 números ou mais, ou uma senha, protege melhor o celular. Um PIN curto, como 1234, ou uma data de nascimento é fácil de adivinhar: mude se o seu for assim.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Bom. Um computador não consegue controlar este celular pelo cabo.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Bom. Um celular pego logo depois que a tela apagou já pede o seu PIN.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Bom. O Android criptografa os nomes dos sites que você usa onde a rede permite.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Bom. Agora os apps não podem saber onde você está pela localização do celular.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Bom. Fora de lugares confiáveis, quem souber o seu PIN não consegue mudá-lo nem desligar proteções sem a sua digital ou o seu rosto.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Bom. O Google Play verifica os apps deste celular em busca de apps perigosos conhecidos.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Bom. Segure o botão liga/desliga e toque em Bloqueio total quando o celular puder ser pego.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Bom. Nenhum serviço de acessibilidade está ligado.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Bom. Nenhum app pode bloquear ou apagar o celular, ou impedir você de removê-lo.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Bom. Nenhum app recebeu acesso a todas as suas notificações.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Bom. Nenhum app deste celular foi instalado a partir de um arquivo ou por outro app.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Bom. Nenhum app que você instalou pode usar localização, microfone, câmera, mensagens, ligações ou contatos.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Bom. Nenhum app que você instalou tem esse acesso.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Bom. Nenhum app de encontro neste celular tem sua localização exata.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Bom. Nenhum outro app deste celular pode colocar apps novos nele.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Bom. Nada sai do celular fora da VPN, nem quando ela reconecta.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Bom. Só o seu PIN ou a sua senha abre o celular, e ninguém pode forçar um dedo ou um rosto nele.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Bom. As fotos tiradas com a câmera do celular não levam sua localização.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Bom. Quem pegar o celular bloqueado não consegue ler suas mensagens.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Bom. Os nomes dos sites e apps que você usa são criptografados em qualquer rede.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Bom. O celular não fica desbloqueado sozinho em certos lugares ou perto de certos aparelhos.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Bom. O celular tem as correções de segurança recentes, o que o torna mais difícil de invadir.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Bom. O celular se bloqueia sozinho mesmo quando está na tomada.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Bom. O celular se bloqueia logo quando você o deixa de lado.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Bom. O celular recusa apps de fora da loja, redes antigas e novas conexões USB enquanto está bloqueado.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Bom. Os apps de redes sociais, de namoro e de identificação de chamadas deste celular não conseguem ler sua lista de contatos.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Bom. Isso fica só no celular.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Bom. Este navegador guarda menos sobre o que você vê.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Bom. Quando o celular está bloqueado ou desligado, o conteúdo dele não pode ser lido sem o seu PIN ou senha. A criptografia só é tão forte quanto esse PIN ou senha.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Bom. Com Wi-Fi e Bluetooth desligados, o celular não fica procurando lugares por perto.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 com Android 14, bem configurado: bloqueio por PIN, conteúdo das notificações escondido na tela de bloqueio, uma conta Google, backup ligado. Poucos problemas encontrados.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 com Android 15 e um perfil de trabalho (usuário 10) gerenciado por um empregador; bloqueio por PIN, desbloqueio por rosto, Smart Lock ligado.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>O Google Tradutor não está neste celular</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>A proteção contra roubo do Google pode estar disponível neste celular. O hardener não consegue ver se está ligada: confira em Configurações.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Oculto</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Esconder as mensagens na tela de bloqueio</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Esconder o texto das mensagens na tela de bloqueio</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Segure o botão liga/desliga (em alguns celulares: liga/desliga e aumentar volume juntos) e toque em Bloqueio total. O celular passa a pedir o seu PIN: digital, rosto e Smart Lock param de funcionar até você digitá-lo. Em celulares sem Bloqueio total, desligue o aparelho.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Segure o botão liga/desliga e toque em Bloqueio total. Aí o celular precisa do seu PIN: impressão digital, rosto e Smart Lock param de funcionar até você digitar o PIN.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Como desfazer</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>A Verificação de identidade está ligada</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>A Verificação de identidade não apareceu ligada</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Verificação de identidade: não foi possível ler</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Se o celular puder ser pego ou revistado em breve</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Se o celular for pego ou perdido</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Se este celular for pego, os dados de outras pessoas ficam expostos, não só os seus.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Se você instalou este app, abra as configurações dele e veja quem pode ver sua localização, suas gravações ou sua tela. Se você não instalou, guarde um registro e procure ajuda.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Se você usa o Google Tradutor na web ou em outro aparelho com a sua conta conectada, sua conta Google ainda pode guardar suas traduções.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Imediatamente</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Importante</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>No Google Tradutor, abra Salvos (a estrela) e remova as frases que você não quer guardar: elas ficam na sua conta.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>No LINE, use o Letter Sealing e apague as conversas de que não precisa: abra a conversa, o menu, Configurações e Apagar histórico.</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>No Messenger, abra a conversa, toque no nome e depois Mensagens temporárias (ou Modo temporário).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>No Signal, abra Configurações, Privacidade e Temporizador padrão para novas conversas, e escolha um tempo. Para as conversas que já existem: abra a conversa, toque no nome e depois Mensagens temporárias.</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>No Telegram, abra Configurações, Privacidade e segurança, Apagar mensagens automaticamente, e escolha um tempo. As conversas normais também ficam nos servidores do Telegram: use Chats secretos com clientes.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>No Viber, abra a conversa, toque no nome, depois Mensagens que desaparecem, e escolha um tempo.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>No WhatsApp Business, abra Configurações, Privacidade e Duração padrão das mensagens, e escolha 24 horas ou 7 dias. Para as conversas que já existem: abra a conversa, toque no nome e depois Mensagens temporárias.</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>No WhatsApp, abra Configurações, Privacidade e Duração padrão das mensagens, e escolha 24 horas ou 7 dias. Para as conversas que já existem: abra a conversa, toque no nome e depois Mensagens temporárias.</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>No WhatsApp: Configurações, Conversas, Backup de conversas: escolha "Nunca" ou proteja o backup com criptografia de ponta a ponta. No Google Fotos: sua foto, Configurações do Google Fotos, Backup.</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>Numa conversa do Instagram, deslize para cima para ativar o modo temporário. As mensagens já enviadas ficam: apague as que não quer que encontrem.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>Nas configurações de segurança de cada conta, saia de todos os outros aparelhos, para que o celular pego perca o acesso.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>Em cada app que guarda conversas ou fotos, abra as configurações e procure Backup. Se a conta para onde ele copia não for segura, desative o backup ou proteja-o, e apague lá os backups antigos.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>Em cada app de encontro e de mensagens, abra Privacidade e desligue "Me encontrar pelo número" e o envio de contatos.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>Em alguns lugares, apagar um celular à distância pode ser usado contra você. Se puder, peça orientação antes.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: use o modo temporário</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Instale uma VPN de confiança e entre na conta. Depois abra Configurações, Rede (ou Conexões), VPN, toque na engrenagem ao lado e ative "VPN sempre ativa" e "Bloquear conexões sem VPN".</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Instale as atualizações de segurança</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Primeiro, guardar um registro</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Guarde um registro do que foi encontrado</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Guarde o registro onde quem vigia não alcança</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Guardar menos coisas no celular</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Separar as contas de trabalho e as pessoais</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Mantenha trabalho e vida pessoal em números separados</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Manter contatos e contas de trabalho separados da vida pessoal, para que os apps não liguem uma coisa à outra.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Mantenha fotos e contatos de trabalho fora da nuvem</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Mantenha seus contatos longe dos apps de encontro e redes sociais</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Deixe sua localização fora das fotos</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Teclado: não foi possível ler</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Saiba o que dizer se pedirem para desbloquear</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Saber o que o celular mostra é o primeiro passo.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: apague conversas antigas</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Último passo, no celular: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Deixar a tela desligar durante o carregamento</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Os links abrem no navegador que o celular escolher. Escolha um que guarde menos sobre você.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Localização</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>A localização está desligada</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>A localização está ligada</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Localização: não foi possível ler</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Bloqueio depois que a tela apaga: não foi possível ler</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Bloqueie o Espaço privado junto com o celular</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Bloqueie o celular assim que a tela apagar</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Bloqueie o celular agora</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Bloqueie a tela em 30 segundos ou menos</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Botão Bloqueio total no menu liga/desliga</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Botão Bloqueio total: não foi possível ler</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>O Bloqueio total chegou com o Android 9. Neste celular, desligue o aparelho quando ele puder ser pego: depois de reiniciar, só o seu PIN ou senha abre o celular.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>O Bloqueio total é um jeito rápido de fazer o celular exigir o seu PIN: ele desliga impressão digital, rosto, Smart Lock e mensagens na tela de bloqueio. Neste celular, a opção precisa ser ativada.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>O Bloqueio total está no menu do botão liga/desliga</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>O Bloqueio total não está no menu do botão liga/desliga</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>O Bloqueio total faz o celular pedir o PIN: um dedo ou um rosto não conseguem abrir.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>O Bloqueio total faz o celular pedir o seu PIN, e nada mostra que ele existe até ser usado.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>O Bloqueio total pode não aparecer no menu do botão liga/desliga</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>O Bloqueio total precisa de um bloqueio de tela</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>Bloqueio total: só o PIN abre o celular</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Veja os certificados adicionados ao celular</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Olhar o celular e explicar o que foi encontrado. Nada é alterado.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>Primeiro olhar sem mudar nada; lidar com apps espiões só depois de um plano de segurança; depois, só mudanças que quem vigia não possa notar.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Primeiro olhe, não mude nada ainda</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Fazer um plano de segurança antes de remover um app espião</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Fazer um plano de segurança antes de remover qualquer coisa</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Faça as mensagens desaparecerem em cada app de mensagens</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Fazer o celular esquecer o computador</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Fazer a tela desligar mais cedo</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Podem ter sido alterados: a sessão parou antes que pudessem ser conferidos</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Conteúdo das mensagens na tela de bloqueio</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Mensagens</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>As mensagens podem ser lidas com o celular bloqueado</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Mensagens de clientes, agendamentos e códigos aparecem na tela de bloqueio. Qualquer pessoa com o celular na mão (a polícia, um parceiro, um cliente) pode ler tudo isso sem o seu PIN.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Mensagens na tela de bloqueio: não foi possível ler</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>As mensagens que a polícia leria primeiro: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Mensagens, fotos, contatos e histórico de apps podem ter sido lidos ou copiados, mesmo que o celular seja devolvido.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: use mensagens temporárias</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Apps de mensagens: não foi possível ler</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Modelo</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Há mais de um celular conectado ({serials}). Desconecte os outros ou escolha um.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision com Android 10: bloqueio por senha, backup desativado, sincronização automática desativada, um app de namoro antigo, uma VPN e um teclado instalado de um arquivo.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>NÃO criptografado</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Nunca</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Nunca marque "Não mostrar novamente" quando um app pedir para gravar a tela</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Depois, conecte: informe --connect com o endereço que aparece em “Endereço IP e porta” na tela Depuração por Wi-Fi do celular (ou rode 'adb connect HOST:PORT') e depois use --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Nenhuma VPN está configurada para ficar sempre ativa</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Nenhum serviço de acessibilidade roda em segredo</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Nenhuma conta copia contatos, agenda, fotos ou mensagens</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Nenhuma conta copia dados deste celular para a internet.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>Nenhuma conta neste celular</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Nenhum app age como um app espião</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Nenhum app pode ver e controlar sua tela</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>Nenhum app da lista do hardener de apps de backup de fotos, arquivos e conversas na nuvem está neste celular.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Nenhum app tem direitos de administrador do dispositivo</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Nenhum app instalado manualmente se esconde da lista de apps.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Nenhum app instalado fora de uma loja se esconde da lista de apps enquanto lê a tela ou as notificações ou tem direitos de administrador.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>Nenhum app deste celular parece ser um app de tradução. O histórico de tradução no navegador da internet não é verificado.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Nenhum app finge ser parte do Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Nenhum app lê suas notificações</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Nenhum app que você instalou pode se sobrepor a outros apps</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Nenhum app que você instalou pode acessar dados privados</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Nenhum app que você instalou pode ver quais apps você usa</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Nenhum app que você instalou pode gravar sua tela sem perguntar</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>Nenhum certificado foi adicionado ao celular</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>Nenhum app de fotos ou de backup na nuvem foi encontrado</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Nenhum computador pode acessar o celular para depuração pelo Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Nenhum computador fica autorizado para depuração USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Nenhum app de encontro sabe exatamente onde você está</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>Nenhum navegador padrão está definido</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>Sem desbloqueio por rosto; não foi possível ler o desbloqueio por impressão digital</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>Sem desbloqueio por impressão digital ou por rosto</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>Sem desbloqueio por impressão digital; não foi possível ler o desbloqueio por rosto</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>Nenhum app espião conhecido (stalkerware) foi encontrado</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>Nenhum app de mensagens que o hardener conhece está instalado</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>Nenhuma notificação na tela de bloqueio</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>Nenhum outro computador está autorizado. Este continua autorizado depois da visita se você não revogar: faça isso quando o hardener terminar.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>Nenhum celular encontrado. Conecte o celular com um cabo USB que transmita dados, desbloqueie e confira se a depuração USB está ligada.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>Nenhum celular com a depuração USB ligada foi encontrado no USB.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Sem proxy e sem VPN de fora de uma loja</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Nenhum app de segurança está desativado</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Nenhum app de rede social ou de namoro pode ler seus contatos</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Nenhuma loja verificou este app. Apps espiões muitas vezes são colocados no celular assim, por alguém que teve o celular na mão. Se não foi você que instalou, não remova ainda: primeiro guarde um registro e procure ajuda.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>Nenhum app de tradução encontrado</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>Nenhum lugar ou aparelho confiável está em uso agora. Se você nunca configurou um de propósito, desligue o Smart Lock para ele não começar a funcionar depois.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Não corrigido</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>Não está claro</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Sem mexer: %n alteração em um app espião. Mudar esse app pode avisar a pessoa que o instalou: veja primeiro o plano de segurança. (Só --touch-spying-apps a incluiria.)</numerusform>
    <numerusform>Sem mexer: %n alterações em um app espião. Mudar esse app pode avisar a pessoa que o instalou: veja primeiro o plano de segurança. (Só --touch-spying-apps as incluiria.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Observação: uma aplicação de alterações anterior neste celular foi interrompida. Essas alterações estão registradas no celular:
      rode 'hardener undo' com o mesmo código para desfazer e assim desfazê-las, ou aplique as alterações de novo para terminar.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Observação: há um servidor adb rodando (porta {port}, processo {pid}); ele pode estar ocupando o celular. Use-o com 'hardener devices --adb-server' e --adb-server, ou o hardener vai perguntar antes de encerrá-lo.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Observação: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>Nada responde em {address}. Verifique se o celular e este computador estão na mesma rede Wi-Fi, se a Depuração por Wi-Fi está ativada nas Opções do desenvolvedor do celular, e se o endereço e a porta são os que o celular mostra agora (a porta muda a cada vez).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>Nada encontrado</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>Nada foi encontrado no que pôde ser verificado.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>Nada é copiado para uma conta, a não ser que você escolha sincronizar.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Nada para aplicar: o celular já está de acordo com este perfil.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Nada para alterar.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>Nada foi alterado neste celular.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>Nada foi alterado, então nenhum registro para desfazer fica guardado no celular (o código não é necessário).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>Nada foi alterado, então não há nada para desfazer.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>Nada foi alterado.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Acesso a notificações: não foi possível ler</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Notificações na tela de bloqueio</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>As notificações aparecem na tela de bloqueio, mas sem o texto</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Agora: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Desligado</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Motorola Moto G6 antigo com Android 9: sem bloqueio de tela, sem criptografia, depuração USB ligada, Play Protect desligado e um app de stalkerware instalado por fora da loja, com acesso de acessibilidade, às notificações e de administrador do dispositivo.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Ligado</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>No Android 11 e mais novos, o Bloqueio total aparece no menu do botão liga/desliga quando há um PIN, uma senha ou um padrão.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>No Android 11 e mais novos, o Bloqueio total aparece no menu do botão liga/desliga quando há um bloqueio de tela. Neste celular, a chave antiga está desligada, e alguns celulares ainda obedecem a ela. Confira o menu do botão liga/desliga.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>No Android 11 e mais novos, o Bloqueio total aparece no menu do botão liga/desliga sempre que há um bloqueio de tela, como aqui. Segure o botão liga/desliga e toque em Bloqueio total quando o celular puder ser pego.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>Em qualquer celular ou computador, abra myactivity.google.com, entre na sua conta e apague a atividade do Google Tradutor. Limpar o app não remove essa cópia.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>Em qualquer celular ou computador, entre na conta que o seu app de tradução usa e apague as traduções salvas e a atividade (para uma conta Google: myactivity.google.com). Limpar o app não apaga esta cópia.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>No celular, abra Configurações, depois Opções do desenvolvedor, e toque em "Revogar autorizações de depuração USB". Depois desligue as Opções do desenvolvedor no alto dessa tela. (Se você não encontrar Opções do desenvolvedor, elas já estão desligadas.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Uma mesma conta nos dois lados liga o seu trabalho à sua vida pessoal.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Um só número neste celular</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Um celular com as duas vidas entrega as duas quando é levado.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Um só perfil neste celular</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Só lojas de apps podem instalar apps</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Só este computador está autorizado para depuração USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Abra o Google Fotos, toque na sua foto de perfil, depois em Configurações do Google Fotos, depois em Backup. Se o Backup estiver ligado, cada foto e cada vídeo vão para a sua conta Google. Desligue se essa conta não for segura.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Abra Configurações, depois Acessibilidade. Encontre o app (ele pode estar em "Apps instalados" ou "Apps baixados") e desligue.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Abra Configurações, depois Contas (ou Senhas e contas). Remova qualquer conta que você não conheça. Mude a senha de qualquer conta que outra pessoa possa saber.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Abra Configurações, depois Contas e backup, depois Samsung Cloud. Veja o que tem backup e o que é sincronizado: mensagens, histórico de chamadas, fotos. Desligue o que deve ficar só no celular.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Abra Configurações, depois Contas, depois cada conta, depois Sincronização da conta. Desligue Contatos, Mensagens e Fotos onde você não precisar deles.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Abra Configurações, depois Contas, depois esta conta, depois Sincronização da conta. Desligue o que deve ficar só no celular, por exemplo contatos e mensagens.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Abra Configurações, depois Contas. Remova as contas pessoais do celular de trabalho e as contas de trabalho do celular pessoal.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Abra Configurações e depois Contas. Remova as contas de trabalho que não vai usar na viagem; entre de novo ao chegar. Antes confira que sabe cada senha.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Abra Configurações, depois Contas. Desligue "Sincronizar dados automaticamente" (pode estar no menu no alto). Você ainda pode sincronizar manualmente quando quiser.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Abra Configurações, depois Apps, e olhe este app. Se não foi você que instalou, guarde um registro e procure ajuda antes de remover.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Abra Configurações, depois Apps, mostre os apps do sistema, abra o app e toque em Ativar. Se não foi você que o desativou, outra pessoa pode ter feito isso: primeiro guarde um registro.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Abra Configurações, depois Apps, depois Apps padrão. Verifique se o app de SMS e o app de Telefone são os que você escolheu.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Abra Configurações, depois Apps, depois Acesso especial a apps, depois Sobrepor a outros apps. Desligue para os apps que não precisam disso.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Abra Configurações, depois Apps, depois Acesso especial a apps, depois Instalar apps desconhecidos. Desligue para este app.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Abra Configurações, depois Apps, depois Acesso especial a apps, depois Acesso ao uso. Desligue para os apps que não precisam disso.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Abra Configurações, Apps, o app, Permissões e Localização. Desligue "Usar local exato" e escolha "Permitir apenas enquanto o app estiver em uso".</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Abra Configurações, depois Apps, depois este app, depois Permissões, depois Contatos. Escolha "Não permitir". Nas configurações do próprio app, desligue também o envio ou a sincronização de contatos, e apague os contatos que ele já enviou.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Abra Configurações, depois Apps, depois este app, depois Permissões. Escolha "Não permitir" para o que ele não precisa. O app vai pedir de novo se precisar mesmo de algo.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Abra Configurações, depois Apps. Para cada app que você não conhece, pergunte quem instalou. Se ele puder estar espionando, remova só depois de fazer um plano de segurança.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Abra Configurações, depois Opções do desenvolvedor, e desative “Desativar tempo limite de autorização adb”.</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Abra Configurações, depois Tela, depois Tempo limite da tela. Escolha 30 segundos.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Abra Configurações, depois Google (ou Contas e backup), depois Backup. Veja o que ele guarda. Desligue o backup se a conta não for segura, e apague ali os backups antigos.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Abra Configurações, Google, Todos os serviços e Proteção contra roubo. Ative Verificação de identidade, Bloqueio por detecção de roubo e Bloqueio off-line. Fora de lugares confiáveis, mudar o PIN ou desligar proteções passa a pedir sua digital ou seu rosto, não só o PIN.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Abra Configurações, Localização e depois Serviços de localização (ou Melhorar a precisão). Desligue a busca por Wi-Fi e a busca por Bluetooth.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Abra Configurações, Rede (ou Conexões e depois Mais configurações de conexão) e DNS privado. Escolha Automático ou um provedor de confiança.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Abra Configurações, depois Rede, depois Wi-Fi, toque na rede, depois Editar ou Avançado, e defina Proxy como Nenhum. Se não foi você que configurou, primeiro guarde um registro.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Abra Configurações, depois Notificações (ou Tela de bloqueio), depois Notificações na tela de bloqueio. Escolha "Não mostrar notificações" ou, pelo menos, "Ocultar conteúdo sensível".</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Abra Configurações, depois Notificações, depois Acesso a notificações (em alguns celulares: Apps, depois Acesso especial a apps). Desligue para este app.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Abra Configurações, depois Segurança (ou Biometria), depois Impressão digital e Reconhecimento facial. Apague esses dados antes de um momento de risco, ou se prepare para usar o Bloqueio total.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Abra Configurações e depois Segurança (ou Biometria). Apague digitais e rosto antes de viajar; adicione de novo quando estiver em segurança.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Abra Configurações, depois Segurança (ou Tela de bloqueio), depois Bloqueio de tela. Escolha PIN e use pelo menos 6 números que não sejam uma data de aniversário. Um padrão é fácil de observar e adivinhar.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Abra Configurações, depois Segurança (ou Tela de bloqueio), depois Bloqueio de tela. Escolha PIN com 6 números ou mais, ou Senha. Não use uma data de nascimento nem um número que outras pessoas conheçam.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Abra Configurações, depois Segurança (ou Tela de bloqueio), depois Smart Lock ou Extend Unlock. Digite o seu PIN. Remova os lugares confiáveis e os dispositivos confiáveis, e desligue a detecção no corpo.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Abra Configurações, Segurança (ou Tela de bloqueio), a engrenagem ao lado de Bloqueio de tela e "Bloquear após o tempo limite da tela". Escolha Imediatamente ou 5 segundos.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Abra Configurações, depois Segurança (ou Segurança e privacidade), depois Mais configurações de segurança ou Criptografia e credenciais, depois Credenciais confiáveis, e a aba Usuário. Se houver um certificado que você não adicionou, guarde um registro e peça ajuda antes de removê-lo.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Abra Configurações, Segurança e privacidade e Proteção avançada. Ela bloqueia apps de fora da Play Store, redes 2G antigas e novas conexões USB enquanto o celular está bloqueado. Apps instalados por arquivo podem parar de atualizar: decida com alguém que conheça o aparelho.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Abra Configurações, Segurança e privacidade, Espaço privado e "Bloquear espaço privado automaticamente", e escolha "Sempre que o dispositivo for bloqueado".</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Abra Configurações, depois Segurança, depois Apps de administrador do dispositivo (em alguns celulares: Outras configurações de segurança). Desligue os apps que você não conhece. Se não conseguir, procure ajuda.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Abra Configurações, depois Segurança, depois Apps de administrador do dispositivo. Desligue qualquer app que você não conheça.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Abra Configurações, depois Segurança, depois Smart Lock (ou Extend Unlock). Remova os lugares confiáveis, os dispositivos confiáveis e a detecção no corpo.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Abra Configurações, Sistema (ou Atualização de software) e Atualização de segurança, e instale o que for oferecido. Se nada chegar em um ano, o celular não recebe mais atualizações: pense num celular mais novo para o trabalho.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Abra Configurações, depois Sistema, depois Opções do desenvolvedor. Desligue "Permanecer ativo".</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Abra Configurações, depois Sistema, depois Idiomas e entrada, depois Teclado na tela. Mantenha só os teclados que você escolheu.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Abra Configurações, depois Conta Xiaomi (ou Conta Mi), depois Xiaomi Cloud. Veja o que é sincronizado: mensagens, galeria, contatos, histórico de chamadas. Desligue o que deve ficar só no celular.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Abra o WhatsApp, depois Configurações, depois Conversas, depois Backup de conversas. Se "Fazer backup no Google Drive" não estiver em "Nunca", suas conversas são copiadas para lá. Escolha Nunca se essa conta não for segura, e apague o backup antigo no Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Abra myactivity.google.com num navegador (ou o app Google, depois sua foto de perfil, depois Minha atividade). Escolha Google Tradutor e apague tudo. Em "Atividade na Web e de apps", você pode desligar o salvamento ou ativar a exclusão automática depois de 3 meses.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Abra a Play Store, toque na sua foto de perfil, depois em Play Protect, depois na engrenagem de configurações. Ligue "Verificar apps com o Play Protect".</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Abra o app e procure nas configurações dele por Backup, Sincronização ou Upload da câmera. Desligue se a conta não for segura.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Abra o app. Encontre o Histórico (muitas vezes no menu ou na sua foto de perfil) e apague tudo. Nas configurações do app, desligue o salvamento do histórico, se puder. Remova também as frases salvas ou marcadas com estrela.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Abra as configurações da câmera e desligue "Salvar local" (ou Marcação de local). Ou abra Configurações, Apps, Câmera, Permissões e Localização: "Não permitir".</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Abra o app de tradução, vá em Histórico (ou no ícone de relógio) e apague. Desligue "Salvar histórico" se o app tiver essa opção.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>Outros computadores podem usar a depuração USB neste celular</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN ou senha</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Pareado, com o adb do Google ({adb}, versão {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>O pareamento com um código precisa do programa "adb" do Google (Android SDK Platform-Tools), e o hardener não o encontrou neste computador. Instale o Platform-Tools pelo site Android para desenvolvedores do Google e tente de novo. Ou conecte o celular com um cabo USB.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Permissões de {app}: não foi possível ler</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>O celular bloqueia depois que a tela apaga</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Número de telefone</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Verificação de segurança do celular</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Celular:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Os celulares que confiavam neste computador vão perguntar de novo “Permitir depuração USB?”.</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Fotos e contatos na nuvem podem ser pedidos sem o celular.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a com Android 13 com um app de stalkerware renomeado para parecer uma atualização do sistema: só o seu certificado de assinatura o denuncia.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>O Play Protect verifica os apps</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>O Play Protect verifica se os apps fazem mal. Quem coloca apps espiões num celular muitas vezes desliga o Play Protect antes. Se não foi você que desligou, outra pessoa pode ter desligado.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>O Play Protect não verifica os apps</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>O Play Protect está desligado</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>O Play Protect está ligado</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>O Play Protect avisa sobre apps espiões conhecidos.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>O Play Protect, que verifica se os apps fazem mal, vem com o Google Play. Sem ele, instale apps só de uma loja em que você confia, e só apps que você conhece.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: não foi possível ler</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>A polícia com o celular na mão pode ler as mensagens de clientes que aparecem na tela.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>A polícia lê primeiro as mensagens; mensagens que desaparecem sozinhas não estão lá para serem lidas.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>A polícia lê o histórico de tradução para provar com o que as pessoas trabalham.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>A polícia que leva um celular lê primeiro as mensagens. Mensagens que desaparecem sozinhas não estão lá para serem lidas. Cada app tem sua própria opção: os passos dizem onde.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Celular de treino “{name}” escutando em {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Celular de treino (simulado, não é um celular de verdade)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Praticar o Bloqueio total</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Aperte e segure o botão liga/desliga (em alguns celulares: liga/desliga e aumentar volume juntos), depois toque em Bloqueio total. Agora só o seu PIN ou senha abre o celular: sem impressão digital, sem rosto, sem Smart Lock e sem mensagens na tela de bloqueio. Ou desligue o celular.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS privado</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>O DNS privado está automático</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>O DNS privado está desligado</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>O DNS privado usa um provedor que você escolheu</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS privado: não foi possível ler</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>O Espaço privado bloqueia</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Perfil: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Perfis do celular: não foi possível ler</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Proxy e VPN: não foi possível ler</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Deslize do topo da tela e toque em Localização para desligar, ou abra Configurações e depois Localização. Ligue de novo só quando precisar de um mapa ou de uma corrida.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Leia cada item com a pessoa. Comece pelos mais graves, no alto.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Ler os resultados juntos</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Leia o que esta verificação encontrou antes de mudar qualquer coisa. Fale com uma organização de trabalhadoras do sexo ou um serviço de apoio de confiança e façam juntos um plano de segurança.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Cadastre os apps de encontro e de anúncios só com um número de trabalho, não o pessoal. Serve um segundo chip, um segundo celular ou um número de app de chamadas.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Quem depende de apps de tradução</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Remova o desbloqueio por digital e rosto para a viagem</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Remova o proxy</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>A chave deste computador foi removida do chaveiro. Os celulares que confiavam nela vão perguntar "Permitir depuração USB?" de novo.</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Removido: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Remover um app espião pode avisar a pessoa que o instalou. Antes, converse com alguém de confiança ou com um serviço de apoio. Anote o que você encontrou antes de mudar qualquer coisa.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Remover um app espião ou mudar configurações pode avisar quem vigia e deixar tudo mais perigoso.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Remover este app pode avisar a pessoa que o colocou aí, e isso pode deixar essa pessoa perigosa. Converse primeiro com alguém de confiança ou com um serviço de apoio. Planeje onde você vai estar em segurança e quem pode ajudar.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Trocar o chip (SIM)</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Relatório salvo em {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>Configurações restauradas: {restored} de {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>Revogue as autorizações de depuração USB no final</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Serviços de acessibilidade em execução: não foi possível ler</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>Chips SIM: não foi possível ler</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 com Android 11: bloqueio por padrão com Smart Lock, prévias de mensagens na tela de bloqueio, Google Tradutor usado todo dia, contatos sincronizados com o Google e a Samsung, apps de namoro e redes sociais lendo os contatos.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Salve o relatório desta visita num computador ou com uma pessoa de confiança, não neste celular. Anote a data e os nomes dos apps encontrados.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>A verificação de apps foi recusada neste celular. Se não foi você que recusou, outra pessoa pode ter recusado. Ligue a verificação.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>A busca diz aos apps onde você está, mesmo com Wi-Fi e Bluetooth desligados.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Bloqueio de tela e configurações do celular</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Bloqueio de tela:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Bloqueio de tela: não foi possível ler</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Bloqueio de tela: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Gravação de tela: não foi possível ler</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>A tela fica ligada enquanto carrega</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Tempo limite da tela: não foi possível ler</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>A tela apaga depois de</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Apps de segurança: não foi possível ler</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Patch de segurança:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>As atualizações de segurança são recentes</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Atualizações de segurança: não foi possível ler</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Número de série</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Número de série:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Definir um PIN de 6 números ou mais</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Definir um bloqueio de tela forte</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Mostrar o botão Bloqueio total no menu do botão liga/desliga</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Visível</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Sair da conta em todos os aparelhos</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Saia das contas de trabalho durante a viagem</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: faça as mensagens desaparecerem</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Pulado</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>O Smart Lock pode manter o celular desbloqueado</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>O Smart Lock está desligado</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>O Smart Lock está ligado, mas não está mantendo o celular desbloqueado agora</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>O Smart Lock mantém o celular aberto em lugares "confiáveis", perto de aparelhos "confiáveis" ou enquanto você carrega o celular. É exatamente nessas horas que ele pode ser tirado de você, aberto.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>O Smart Lock mantém o celular aberto em casa ou perto do seu relógio: exatamente quando ele pode ser pego.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: não foi possível ler</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Apps sociais e seus contatos: não foi possível ler</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Algumas alterações não podem ser desfeitas:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Alguém adicionou um certificado ao celular</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Quem pegar o celular bloqueado pode ver quais apps receberam mensagens, mas não as mensagens. Para esconder tudo, desligue as notificações na tela de bloqueio.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>Algo respondeu em {address} e depois parou de responder ou fechou a conexão. No celular, verifique se a Depuração por Wi-Fi está ativada e se o endereço e a porta são os que ele mostra agora. Se o celular pedir para parear com um código, o hardener não consegue fazer isso sozinho: use um cabo USB, ou pareie o celular com o programa adb do Google e conecte por meio dele.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Algo deu errado.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Apps espiões muitas vezes são instalados à mão, fora da loja de apps.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Apps espiões muitas vezes são instalados de fora da loja de apps.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Apps espiões: não foi possível ler</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Stalkerware e apps espiões</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Tela ligada durante o carregamento: não foi possível ler</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Ainda no celular, SEM apagar: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Ainda a fazer, à mão</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Impedir que apps se sobreponham a outros apps</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Impedir que apps instalem apps</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Impedir que apps instalem outros apps</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Impedir que apps leiam suas notificações</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Impeça os apps de gravar sua tela sem perguntar</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Impedir que apps de redes sociais e de namoro leiam seus contatos</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>Encerrar agora o outro programa adb?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Impeça o celular de procurar Wi-Fi e Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Parado.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Resumo: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Ligar o Play Protect de novo</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Desligue a localização quando não precisar</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Desligar "Permanecer ativo"</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Desligar o backup do Android na nuvem</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Desligar o Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Desligue a busca por Wi-Fi e Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Desligar a permissão de Acessibilidade que você não usa</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Desligar a Acessibilidade de apps que você não conhece</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Desligar a sincronização automática</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Desligar as opções do desenvolvedor quando terminar</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Desligar o acesso a notificações de apps que você não conhece</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Desligue o local exato nos apps de encontro</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Ative a Verificação de identidade e a proteção contra roubo</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Ative o DNS privado</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Desligar o celular</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Desligue o celular antes do controle de passaportes e ligue só depois. Um celular que foi desligado só abre com o seu PIN.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Desligue o celular antes da fronteira</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Desligar o celular quando houver risco de revista</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Tirar o acesso aos contatos</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Tirar as permissões de que o app não precisa</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Tire a localização da câmera</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Tirar microfone e contatos dos apps de tradução</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Tire a câmera e o microfone dos apps que não precisam deles</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Tirar o acesso ao uso dos apps</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: use a exclusão automática</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Avisar as pessoas com quem você tem contato</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Avise seus grupos e contatos próximos, para que eles possam se proteger. Tire o número dos grupos de conversa, se puder.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>SMS nunca desaparecem sozinhos. Antes de um momento de risco, apague as conversas com clientes no app Mensagens e peça aos clientes que usem um app com mensagens temporárias.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>SMS: apague o que não precisa</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>SMS e ligações vão para apps que fazem parte do celular.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>Isso é uma pasta; informe um nome de arquivo terminado em .pdf ou .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>O programa "adb" deste computador (versão {version}, {path}) não consegue parear com um código: o pareamento veio com a versão 30 do Platform-Tools do Google, em 2020. O pacote "adb" do Debian e do Ubuntu é a versão 29 e não tem pareamento. Instale o Platform-Tools atual do Google, ou conecte o celular com um cabo USB.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>O programa "adb" deste computador é antigo demais ou não responde como esperado (versão do servidor {version}; o hardener precisa da {needed} ou mais recente). Instale o Android SDK Platform-Tools atual e tente de novo.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>O servidor do programa "adb" não está rodando neste computador (porta {port}). Inicie-o com o comando "adb start-server" ou conecte sem o servidor adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>O Espaço privado fica aberto depois que o celular bloqueia</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Os apps de SMS e telefone vieram com o celular</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>O servidor adb (porta {port}) não tem nenhum celular.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>O servidor adb não tem o celular "{serial}". Os celulares que ele tem: {serials}. Confira o nome com "adb devices".</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>O servidor adb diz: {said} (estado: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>A câmera e a localização: não foi possível ler</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>A câmera pode usar sua localização, então cada foto leva onde foi tirada. Enviada ou publicada, uma foto pode mostrar onde você mora ou trabalha.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>A câmera não pode salvar onde as fotos são tiradas</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Os comandos para este celular são longos demais para passar pelo servidor adb ({size} bytes; ele repassa no máximo {limit}). Conecte-se diretamente ao celular, sem o servidor adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>A conexão com o celular caiu (o cabo foi puxado?). Conecte de novo: nada se perdeu, e o que ficou pela metade pode ser terminado ou desfeito.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>O navegador padrão é {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>A pasta para o relatório não existe: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>Não foi possível usar o ficheiro de indicadores {file}: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>A chave que o hardener guarda no chaveiro deste computador está danificada, então o hardener parou e a deixou como está. Para começar de novo com uma chave nova, execute o comando "hardener forget-key"; os celulares vão perguntar de novo "Permitir depuração USB?".</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>A chave foi removida do chaveiro.</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>O teclado veio com o celular</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>O teclado em uso faz parte do celular.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>O chaveiro onde o hardener guarda a chave está bloqueado. Desbloqueie-o (no Linux: abra "Senhas e chaves" e desbloqueie "Início de sessão", ou saia e entre de novo na sessão), depois tente de novo.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>A última atualização de segurança tem {months} meses</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>O Chaveiro do macOS onde o hardener guarda a chave está bloqueado. Abra o app Acesso às Chaves e desbloqueie o chaveiro "início de sessão" (ou saia e entre de novo na conta), e tente de novo.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>O mais urgente primeiro. Cada item diz o que alguém com este celular na mão poderia ver ou fazer.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Os nomes dos sites e apps que você usa trafegam sem criptografia, então a rede em que você está pode lê-los. O Android pode criptografá-los sozinho.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>O celular faz backup de si mesmo na nuvem</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>O celular não aceitou o pareamento. No celular, toque de novo em "Parear o dispositivo com um código de pareamento" e digite o novo código e o endereço com a porta (os dois mudam a cada vez), enquanto essa janela ainda estiver aberta. O celular e este computador precisam estar na mesma rede Wi-Fi.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>O celular não permitiu este computador. Desconecte e conecte de novo, desbloqueie o celular e toque em "Permitir" quando ele perguntar.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>O celular não desligou a depuração USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>O celular não responde. Desconecte, conecte de novo e desbloqueie. Se não resolver, reinicie o celular.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>O celular não copia os dados dos apps para uma conta.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>O celular não tem bloqueio para esperar</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>O celular ainda não permitiu este computador. Desbloqueie o celular e toque em "Permitir" na mensagem "Permitir depuração USB?".</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>O celular não guarda a autorização de depuração USB de nenhum computador, nem deste.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>O celular continua procurando Wi-Fi e Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>O celular bloqueia {seconds} segundos depois que a tela apaga</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>O celular recusou esta alteração: o fabricante a bloqueia a partir de um computador. Você ainda pode fazê-la manualmente nas Configurações do celular.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>O celular se recusou a guardar um arquivo. Confira se ele tem espaço livre.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>O celular informou um nome em que o hardener não confia ({kind}). Ele foi pulado.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>O celular fica aberto {minutes} minutos depois que a tela apaga</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>O celular fica aberto {seconds} segundos depois que a tela apaga</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>O celular demorou demais para responder. Confira o cabo e se o celular está desbloqueado.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>O celular confia em computadores para depuração USB (número: {count}) e não diz qual deles, se algum, é este. Revogue as autorizações quando o hardener terminar.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>O celular só confia nos certificados com que veio.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>A internet do celular não passa por um proxy nem por um app de VPN instalado manualmente.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>O armazenamento do celular está criptografado</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>O armazenamento do celular não está criptografado</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>O perfil {file} está com defeito: regra {rule}, campo {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>O registro necessário para desfazer as alterações não está mais no celular, então elas não podem ser desfeitas automaticamente. Você pode mudar cada configuração de volta à mão.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>O registro do que foi alterado fica no próprio celular, não no computador.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>O arquivo do relatório precisa terminar em .pdf ou .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>O relatório não foi salvo no celular: foi encontrado nele um app espião, ou o hardener não conseguiu verificar se há um. Um app assim poderia ler o relatório e avisar quem o colocou lá.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>O relatório vai ser salvo na pasta Download do celular. Qualquer pessoa que revistar o celular pode ler o relatório ali. Apague quando não precisar mais dele.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>O mais seguro é um celular separado para o trabalho. Se usar um só, use um chip ou número separado para o trabalho, WhatsApp Business ou outro app de mensagens só para o trabalho, e nenhuma foto pessoal nos apps de trabalho.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>A tela não fica ligada durante o carregamento</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>O bloqueio de tela é um padrão</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>O bloqueio de tela é só deslizar</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>A tela fica ligada por {minutes} minutos antes de bloquear</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>A tela fica ligada por {seconds} segundos antes de bloquear</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>A tela fica ligada durante o carregamento</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>A tela desliga depois de {seconds} segundos</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Os apps de segurança deste celular estão ativados.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>As configurações mais fortes da tela de bloqueio, histórico de tradução apagado e passos para fazer antes de uma revista.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>O registro para desfazer foi apagado (verificado): nada do que o hardener gravou ficou no celular.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>O registro para desfazer foi apagado: o celular não guarda mais nenhum.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>Não foi possível ler o registro para desfazer no celular, então o relatório não pode dizer o que foi alterado.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>O registro para desfazer deste celular está danificado, então não será usado. Você pode apagá-lo e conferir as configurações do celular manualmente.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>O registro para desfazer fica no celular, trancado com o código para desfazer. Quem vasculhar o celular pode ver que há um arquivo ali, mas não consegue lê-lo sem o código.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>O perfil de trabalho deste celular é controlado por quem o gerencia, muitas vezes um empregador. Essa pessoa ou empresa pode ver os apps e os dados desse perfil. Não coloque coisas pessoais nele.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>Não há Google Play neste celular</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>Não há nenhum celular de treino chamado "{name}". Os celulares de treino são: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>Não há nenhum perfil chamado "{name}". Os perfis são: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>Não há bloqueio de tela</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>Não há nada para desfazer neste celular.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>Não havia chave no chaveiro.</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>Não havia chave para remover.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>Não havia preferências salvas.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Isso é copiado para os servidores da conta. Qualquer pessoa que entrar na conta, ou a empresa quando a polícia pede, pode ler sem o seu celular.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Estes passos precisam de você, no próprio celular. Cada um leva um ou dois minutos.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Pense na Proteção avançada</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Pensar no desbloqueio por impressão digital e por rosto</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Pensar antes de apagar o celular à distância</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Esta versão do Android não diz qual é o navegador padrão</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Esta versão do Android não diz qual é o tipo de bloqueio. Se for um padrão, troque por um PIN de 6 números ou mais, ou por uma senha.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Esta versão do Android não mostra em quais computadores confia para depuração USB. Outros computadores também podem estar autorizados. Revogue todos quando o hardener terminar.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Esta versão do Android não tem Proteção avançada</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Esta versão do Android não tem Verificação de identidade</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Esta versão do Android não tem o botão Bloqueio total</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Este celular Xiaomi recusa alterações vindas de um computador até que “Depuração USB (Configurações de segurança)” esteja ligado. Abra Configurações, depois Opções do desenvolvedor, ligue-o (o celular pode pedir login numa conta Mi) e toque em “Tentar de novo”.</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Este app pode saber onde você está o tempo todo, ou ler suas mensagens de texto ou seu histórico de chamadas. A maioria dos apps não precisa disso. Tire o que ele não precisa.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Este app pode colocar janelas próprias por cima de outros apps. Apps perigosos usam isso para mostrar telas falsas que roubam um PIN ou uma senha. Balões de conversa e botões de tradução também usam isso.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Este app não veio de uma loja de apps e pode acessar suas coisas privadas. Apps espiões funcionam assim. Se você não conhece este app, guarde um registro e procure ajuda antes de remover.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Este app tem um nome que só os apps do próprio Android usam, mas não veio com o celular. Apps espiões se escondem atrás de nomes assim. Não remova ainda: se ele estiver vigiando, removê-lo pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Este app é feito para vigiar um celular, por exemplo como "controle parental". Se não foi você que instalou, alguém pode estar acompanhando o que você faz. Não remova ainda: primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Este app está em listas públicas de stalkerware: apps que se escondem no celular e enviam mensagens, localização, fotos e ligações para outra pessoa. Não remova ainda: isso pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Este app está como VPN sempre ativa, então tudo o que o celular envia passa por ele. Ele foi instalado fora de uma loja de apps. Se não foi você que o escolheu, não remova ainda: se ele estiver vigiando, removê-lo pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Este app está como padrão para SMS ou ligações, então recebe tudo, inclusive códigos de login. Ele não veio com o celular. Se você o escolheu, verifique se confia em quem o fez.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Este app está como padrão para SMS ou ligações, então recebe tudo, inclusive códigos de login. Ele foi instalado fora de uma loja de apps. Não remova ainda: se ele estiver vigiando, removê-lo pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Este app pode colocar apps novos no celular. É assim que os apps espiões costumam entrar. A não ser que você use este app de propósito para instalar apps, tire essa permissão dele.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Este app pode gravar ou transmitir tudo o que está na sua tela, shows e conversas incluídos, sem perguntar antes. Gravações de shows são usadas para chantagem. Deixe isso só para um app que você escolheu.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Este app protege o celular, por exemplo verificando se os apps espionam. Ele foi desativado. Apps espiões, ou as pessoas que os instalam, fazem isso para não serem encontrados.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Este app vê todas as notificações: prévias de mensagens, códigos, agendamentos, quem está ligando. Apps espiões usam isso. Deixe esse acesso só para apps de que você precisa, como o app de um relógio inteligente.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Este app envia sua lista de contatos para os servidores dele, onde desconhecidos podem ver os nomes que outras pessoas deram a um número de telefone. Os números dos seus clientes e colegas, e os nomes com que você os salvou, saem do celular.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Este app não foi instalado de uma loja de apps e não aparece na lista de apps, então é fácil não notar. Você o conhece? Apps espiões costumam se esconder assim. Não remova ainda: se ele estiver vigiando, removê-lo pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Este app não foi instalado de uma loja de apps, não tem ícone na lista de apps e pode fazer o que apps espiões fazem: {powers}. É o que os especialistas procuram. Não remova ainda: se ele estiver vigiando, removê-lo pode avisar a pessoa que o instalou. Primeiro guarde um registro e faça um plano de segurança.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Este navegador guarda seu histórico e seus logins, que qualquer pessoa que abrir o celular pode ler. Para o trabalho, um navegador privado guarda menos; ou use abas anônimas e apague o histórico.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Isso não pode ser desfeito.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Este computador não permite que o hardener use a porta USB. No Linux, instale o pacote "android-sdk-platform-tools-common" (ele adiciona as regras de USB) e depois conecte o celular de novo.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>Este computador não tem um lugar seguro para guardar a chave do hardener (um "chaveiro"). No Linux, instale e desbloqueie o GNOME Keyring ou o KWallet (por exemplo: sudo apt install gnome-keyring) e tente de novo. O hardener nunca guarda a chave num arquivo comum.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>Este computador não tem um lugar seguro para guardar a chave do hardener: o hardener a guarda no Gerenciador de Credenciais do Windows, que não respondeu. Entre no Windows com a sua própria conta (não uma conta de convidado) e tente de novo. O hardener nunca guarda a chave num arquivo comum.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>Este computador não tem um lugar seguro para guardar a chave do hardener: o hardener a guarda no Chaveiro do macOS, que não respondeu. Abra o app Acesso às Chaves, confira se o chaveiro "início de sessão" está lá e desbloqueado, e tente de novo. O hardener nunca guarda a chave num arquivo comum.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>Faltam a esta cópia do hardener os seus perfis (as situações para as quais ele prepara mudanças). Instale o hardener novamente.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Isso não pôde ser alterado pelo computador.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>Este app de encontro tem sua localização exata. A polícia já usou apps de encontro para achar trabalhadoras do sexo. Uma localização aproximada basta para conhecer gente por perto.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>Este app de encontro tem sua localização exata. A polícia já usou apps de encontro para achar trabalhadoras do sexo. Esta versão do Android não tem opção aproximada: permita a localização só enquanto usa o app, ou nunca.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Este é um resumo de uma verificação de segurança deste celular: o que foi encontrado, o que foi alterado, o que você ainda pode fazer por conta própria e o que fazer se o celular for pego algum dia.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>Este é um app comum, mas também pode ser usado para seguir uma pessoa: por exemplo, um rastreador de localização, um gravador de ligações ou um app de controle remoto. Foi você que instalou? Por quê?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Este app de mensagens usa seus contatos para mostrar quem mais usa o app, e quem tem o seu número pode ver que você usa o app. Se isso puder expor você, use o app com outro número.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Este celular</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>Este celular também tem {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>Este celular tem dois números</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>Este celular tem um chip em uso e um só WhatsApp. Se você trabalha com ele, deixe seu número pessoal em outro celular.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Este celular é gerenciado por {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>Este celular guarda um registro trancado das alterações feitas numa visita anterior. Com o código para desfazer, este relatório as lista.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>Este celular guarda um registro para desfazer de uma visita anterior. Digite o código dele para usá-lo, ou apague o registro (as alterações anteriores ficam e não podem mais ser desfeitas).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Este resumo não fica guardado no computador em que foi feito. Se você guardar uma cópia, guarde num lugar seguro, ou apague quando não precisar mais.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Este código para desfazer não abre o registro deste celular. Confira o código e tente de novo.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>Isso ficou como estava, porque não foi escolhido.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Para desfazer as alterações, conecte de novo o celular ao programa usado nesta verificação, em qualquer computador, e escolha Desfazer.</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>As ferramentas que a polícia usa para abrir celulares funcionam melhor em celulares sem atualizações de segurança. Um celular antigo que não recebe mais atualizações é mais fácil de invadir, mesmo com um bom PIN.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>As ferramentas que abrem celulares apreendidos funcionam melhor em celulares sem atualizações.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Traduzido do guia em inglês.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Os apps de tradução guardam o que você digitou ou falou, muitas vezes conversas com clientes. A polícia já usou esse histórico para provar que pessoas são profissionais do sexo. Apague o histórico com frequência.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Apps de tradução: não foi possível ler</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>O histórico de tradução é lido para provar o trabalho sexual e depois para deportar.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Traduções guardadas na sua conta: não foi possível ler</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>Histórico de tradução</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Viaje só com as contas de que precisa</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Tente de novo; se continuar lá, talvez o celular não deixe apagar (confira o armazenamento dele).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Ligar o Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Ligue as mensagens temporárias e apague as conversas e fotos de que você não precisa.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Reative o tempo limite das autorizações</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Reative o app de segurança</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>Dois chips, ou WhatsApp ao lado do WhatsApp Business, costumam indicar trabalho e vida pessoal num só celular. Se ele for levado, as duas vidas ficam nas mesmas mãos. Um celular separado para o trabalho é o mais seguro.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>A depuração USB e a depuração por Wi-Fi estão ligadas</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Depuração USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>A depuração USB e as opções do desenvolvedor estão desligadas</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Depuração USB e computadores autorizados</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>As autorizações de depuração USB expiram</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Validade da depuração USB: não foi possível ler</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>A depuração USB agora está desligada. A conexão terminou, como esperado.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>A depuração USB está desligada neste celular, então o hardener não consegue se comunicar com ele.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>A depuração USB está ligada</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>A depuração USB ficou ligada, então você pode tentar de novo.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Depuração USB: não foi possível ler</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Código para desfazer (mostrado quando as alterações foram feitas): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Código para desfazer estas alterações: {code}   (anote agora e guarde longe do celular)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Código para desfazer: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>Desfazer essas alterações?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Desbloqueie o celular e toque em “Permitir” na mensagem “Permitir depuração USB?”…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Até você digitar o PIN de novo, digital, rosto e Smart Lock não conseguem abrir o celular.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Urgente</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>O acesso ao uso mostra a um app cada app que você abre, e por quanto tempo. Apps espiões usam isso para passar informações sobre você. Poucos apps precisam disso.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>O acesso ao uso mostra quais apps você usa, e quando.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Acesso ao uso: não foi possível ler</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Usar o Bloqueio total quando o celular puder ser pego</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Usar um PIN, não o rosto ou o dedo</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Use uma VPN sempre ativa</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Use um celular que quem vigia não conhece para pedir ajuda</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Use um número separado para o trabalho</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Use um celular ou chip separado para o trabalho</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Usar um bloqueio de tela forte</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Usuários/perfis:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN e rede</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: não foi possível ler</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: faça as mensagens desaparecerem</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>ATENÇÃO: %n alteração mexe em um app espião, como você escolheu (--touch-spying-apps).</numerusform>
    <numerusform>ATENÇÃO: %n alterações mexem em um app espião, como você escolheu (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Vigiada ou chantageada por um parceiro ou cliente</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>O WeChat não tem mensagens temporárias. Antes de um momento de risco, abra Eu, Configurações, Geral e Armazenamento, e apague o histórico de que não precisa.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: apague conversas antigas</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Trabalho com webcam e conteúdo</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>O que as contas copiam: não foi possível ler</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>O que foi alterado</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>O que foi encontrado</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: faça as mensagens desaparecerem</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: faça as mensagens desaparecerem</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Quando um app pedir para gravar ou transmitir sua tela, nunca marque "Não mostrar novamente". As configurações do celular não têm botão para desfazer isso: deixe o hardener bloquear ou remova o app.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>Quando o hardener terminar, abra Configurações, depois Opções do desenvolvedor, e desative Depuração por Wi-Fi.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>Quando o hardener terminar, abra Configurações, depois Opções do desenvolvedor, toque em “Revogar autorizações de depuração USB” e confirme. Todos os computadores, inclusive este, terão de ser autorizados de novo. Depois desative a depuração USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Quando for seguro, abra Configurações e depois Segurança. Veja as digitais, o rosto e os dispositivos confiáveis. Remover algo que a outra pessoa adicionou pode alertá-la: planeje antes.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>Quando a VPN cai ou reconecta, os apps podem se conectar sem ela por um momento. Ative "Bloquear conexões sem VPN" para isso nunca acontecer.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>Quando o celular bloqueia</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Com a sua conta conectada, o Google pode salvar o que você traduz na sua conta Google, fora do celular. O hardener não consegue ver nem apagar essa cópia. Você pode apagar essa cópia por conta própria.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>De onde vieram os apps: não foi possível ler</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Enquanto o celular está na tomada, a tela nunca desliga, então ele nunca bloqueia. Qualquer pessoa pode tirar o celular do carregador e usar.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Quem sabe a senha de uma conta pode ver o que ela guarda (mensagens, fotos, contatos, localização) de qualquer lugar, sem o celular. Confira se você conhece cada conta aqui, e mantenha as contas de trabalho e as pessoais separadas.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>Por quê: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>A busca por Wi-Fi e Bluetooth está desligada</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Busca por Wi-Fi e Bluetooth: não foi possível ler</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Código de pareamento por Wi-Fi mostrado no celular: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Busca por Wi-Fi com o Wi-Fi desligado</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>O Gerenciador de Credenciais do Windows, onde o hardener guarda a chave, não abriu. Saia da sua conta do Windows e entre de novo, e tente de novo.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>O Windows não deixa o hardener usar sozinho a conexão USB do celular. Instale o Platform-Tools do Google e o driver USB do celular, rode "adb devices" uma vez e depois escolha o celular "pelo adb do Google" na lista.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>A depuração por Wi-Fi está desativada</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>A depuração por Wi-Fi está ativada</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Depuração por Wi-Fi: não foi possível ler</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>Com a Verificação de identidade, quem viu você digitar o PIN não consegue usá-lo sozinho para mudar o bloqueio ou desligar proteções. Este celular tem; não mostrou ligada.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Sem VPN, a rede em que você está pode ver quais sites e apps você usa.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Sem VPN, a rede que você usa (um hotel, o Wi-Fi de um cliente, a operadora) pode ver a quais sites e apps você se conecta. Uma VPN esconde isso deles.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Sem bloqueio de tela esse tempo não adianta nada. Defina primeiro um PIN.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Sem criptografia, o conteúdo do celular pode ser copiado com ferramentas, mesmo com ele bloqueado. Celulares antigos podem criptografar pelas Configurações; os mais novos sempre criptografam.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Sem o microfone e os contatos, um app de tradução guarda menos coisas sobre você.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Trabalho e vida pessoal</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Vale a pena corrigir</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 com MIUI 14 (Android 13) e "Depuração USB (Configurações de segurança)" desligada: mudanças de permissões e gravações de configurações seguras são recusadas.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Você pode fazer isso por conta própria no app Configurações do celular.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Isto você faz no celular, por conta própria:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Você vai precisar do código para desfazer que recebeu quando as alterações foram feitas.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Você vai precisar deste código para desfazer: {code}. Guarde esta página longe do celular.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Sua conta Google pode guardar suas traduções</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Sua internet passa por outro computador</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Seu teclado é {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>há um PIN, um padrão ou uma senha</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>um Espaço privado</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>um app de identificação de chamadas</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>um app de armazenamento na nuvem</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>um app de namoro</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>um app de mensagens</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>um app de monitoramento</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>uma permissão</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>uma segunda cópia de apps (apps duplos)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>um app de rede social</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>um app espião</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>um app de tradução</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>um perfil de trabalho</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>serviços de acessibilidade</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>contas</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>permitido</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>já feito</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>um app</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>uma loja de apps</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>outro usuário</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>ícones dos apps</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>permissões dos apps</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>assinaturas e nomes das apps</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>armazenamento dos apps</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>uso dos apps</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>apps</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>backup</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>bloqueado</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>sensores corporais</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>agenda</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>histórico de chamadas</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>câmera</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>pode ler suas notificações</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>não pode ler suas notificações</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>certificados adicionados ao celular</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>apagado</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>computadores autorizados para depuração USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>contatos</translation>
  </message>
  <message>
   <source>default</source>
   <translation>padrão</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>apps padrão de SMS e telefone</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>navegador padrão</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>administradores do dispositivo</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>sobreposição a outros apps</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>criptografado</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>criptografado (por arquivo)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>criptografado (disco inteiro)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>a entrada {number} do registro está danificada ({problem}); confira manualmente</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>impressões digitais e rosto</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>informe o código de pareamento (os seis dígitos que o celular mostra).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>O hardener comparou cada app deste celular com listas públicas de stalkerware. Nenhum bateu. As listas não são completas: se alguém parece saber coisas que não deveria, procure ajuda para verificar melhor.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>O hardener não conseguiu ler isto no celular, então não pode dizer o que há ali. Por favor, confira no próprio celular. O que deu errado: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>O hardener não conseguiu salvar o registro para desfazer no celular, então não alterou nada. Confira se o celular tem espaço livre e tente de novo.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>O hardener não encontrou nada de errado no que conseguiu ler, mas não conseguiu ler tudo o que precisa para isto, então não pode dizer que está tudo bem. Por favor, confira no próprio celular. O que faltou: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>O hardener teve um problema em uma das próprias verificações ({check}), então esta parte do celular não foi avaliada. Por favor, informe o problema; os outros resultados continuam valendo.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>O hardener não guarda mais nada neste computador. Os relatórios que você salvou continuam onde você os salvou.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>O hardener não conhece nenhum app de mensagens neste celular. Se você usa um, ative as mensagens temporárias dele.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>O hardener precisa da depuração USB para funcionar. Quando terminar, desligue a depuração: um celular com a depuração ligada é mais fácil de copiar. O último passo, Terminar, faz isso por você.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>histórico e dados guardados no celular</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>ter direitos de administrador do dispositivo</translation>
  </message>
  <message>
   <source>location</source>
   <translation>localização</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>localização o tempo todo</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>bloqueado até o PIN ser digitado</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>O macOS não deixa o hardener usar sozinho a conexão USB do celular. Instale o Platform-Tools do Google, rode "adb devices" uma vez e depois escolha o celular "pelo adb do Google" na lista.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>mensagens</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>microfone</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>dispositivos próximos</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>nenhum (qualquer pessoa pode abrir o celular)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>normal</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>não permitido</translation>
  </message>
  <message>
   <source>off</source>
   <translation>desligado</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>antigo: pergunte sobre atualizações</translation>
  </message>
  <message>
   <source>on</source>
   <translation>ligado</translation>
  </message>
  <message>
   <source>password</source>
   <translation>senha</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>padrão (fácil de observar e adivinhar)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>pausado</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>ligações</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>modelo do celular e versão do Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>fotos</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>fotos e arquivos</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>ler as notificações</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>ler a tela</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>lendo {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>recente</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>bloqueio de tela</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>gravação de tela</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>configurações</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>pulado, o celular informou um nome suspeito: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>só deslizar (qualquer pessoa pode abrir o celular)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>desativado</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>sincronização</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>mensagens de texto</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>desconhecido</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>desconhecido (o celular não informou)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>ativo</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>acesso ao uso</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>usuários e perfis</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>sim</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} age como um app espião</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} pode fazer backup de todas as suas conversas, fotos e mensagens de voz no Google Drive. O hardener não consegue ver se ele faz isso, então confira, por favor. Qualquer pessoa que entrar nessa conta Google pode ler o backup.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} pode ser usado para vigiar alguém</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} pode copiar fotos e arquivos para a nuvem</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} pode se sobrepor a outros apps</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} pode instalar outros apps</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} pode ler todas as suas notificações</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} pode ler seus contatos</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} pode ler seu tráfego de internet</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} pode gravar sua tela sem perguntar</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} pode ver e controlar sua tela</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} pode ver quais apps você usa e quando</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} pode usar: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} não veio de uma loja de apps</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} recebe seus SMS</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} cuida das suas ligações</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} tem direitos de administrador do dispositivo</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} não tem ícone na lista de apps</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} está sempre ativa e bloqueia o tráfego sem ela</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} está sempre ativa, mas o tráfego pode sair sem ela</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} guarda um histórico do que você traduz</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} quase não guarda mais nada no celular</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} sabe exatamente onde você está</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} pode copiar suas conversas para a nuvem</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} pode enviar suas fotos ou arquivos para a nuvem dele. O hardener não consegue ver o que ele envia, então confira, por favor. Qualquer pessoa que entrar na conta pode ver esses arquivos.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} finge ser parte do Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} coloca sua localização em cada foto</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} lê a tela sem aparecer na lista</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; não (não há terminal para perguntar)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>A conta {service} {account} copia: {data}</translation>
  </message>
 </context>
</TS>
