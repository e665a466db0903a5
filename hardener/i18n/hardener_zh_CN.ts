<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>已完成 %v / %m 项更改</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>取消</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>更改</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>更改和它们的状态</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>目前已完成的更改</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>正在更改手机…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>请让手机一直连着电脑。hardener 会先在手机上写一份撤销记录。</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>不，跳过</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>问题：这项更改无法撤销</translation>
  </message>
  <message>
   <source>State</source>
   <translation>状态</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>停止更改手机（Esc）</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>正在停止…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>这项更改无法撤销</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>是，这 %n 个同类应用都这样做</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>是，更改</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}：{subject}
现在：{now}。之后：{after}。
这项更改无法撤销。要做这项更改吗？</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>正在检查…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>无法检查</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>已完成</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>我做好了</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>我做好了：再检查一次</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>还没有</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>停止检查</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>待完成</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener 检查了手机：这一步已经完成。</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener 检查了手机：这一步还没完成。请再按步骤做一次。</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener 无法在手机上检查这一步。请你自己确认已经做好。</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener 正在重新读取手机…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener 会重新读取手机，检查这一步</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>关于选中的这一项</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>再检查一次</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>在左边选一行，就能看到说明。</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>选择要更改的内容</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>选择你的情况，每项更改在做之前你都能先看到</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>检查结果，已分组，最严重的在前面</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>结束</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>来自 NSWP 指南《数字安全》（Digital Security），章节：{section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>严重程度</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>关闭 USB 调试并结束</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>hardener 发现了什么</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>hardener 在手机上看到了什么</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>你可以做什么</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>为什么重要</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener 发现 %n 个需要处理的问题</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>在能检查的部分中，hardener 没有发现需要处理的问题</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener 没有发现需要马上处理的问题</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>手机上还有 %n 件事要做，只有你能做。</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF 或网页，保存到你选的位置</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>返回</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>取消</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>断开和手机的连接</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>结束</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>无法删除它，所以 USB 调试仍然开着。请返回，再试一次“结束”。</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>保留以后撤销的可能。搜查手机的人能看出手机的设置被改过。</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>让手机忘记这台电脑</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>下一位：全部清除</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>在手机上打开“设置”，再打开“开发者选项”（常在“系统”里面）。如果找不到“开发者选项”，说明它已经关了：你已经做完了。</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>从屏幕和电脑内存里清除关于这部手机的所有信息</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>报告已保存：{path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>先保存报告</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>查看还要做的事</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>停止（Esc）</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>关闭 USB 调试</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>关闭屏幕最上面的“使用开发者选项”开关。</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>正在关闭 USB 调试…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>点“撤消 USB 调试授权”，然后点“确定”。</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>手机没有确认。请在手机上自己关闭：按下面的步骤做。</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>无法保存报告：{problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>撤销记录还在手机上</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>需要几秒钟。</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>以后要撤销，需要给你的撤销码。</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>以后要撤销，需要这个撤销码：%1。请把它和手机分开保存。</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>USB 调试已关闭</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>USB 调试可能还开着</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>拔下手机。</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>你可以拔下手机了。还要在手机上做最后一步：</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>hardener 现在会关闭手机上的 USB 调试和开发者选项。然后手机会断开连接：这是正常的。</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>指纹和虹膜扫描等生物识别数据被用于护照和边境检查，当性工作者是被禁止入境的移民时，这令人担忧。</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>数据可以通过网页、应用、手机银行系统和生物识别等许多渠道收集，而性工作者并不知情，也没有主动同意，这给性工作者的安全和隐私带来了不可接受的风险。</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>数据保护、审查、组织、安全和隐私问题</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>移动应用和生物识别监控等数字技术，也可能被用来查找、统计、识别、跟踪、追查和惩罚性工作者；</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>封控期间，出现了一种通过社交网络 [Grindr] “搜捕”性工作者的情况。</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>众所周知，Facebook 的“你可能认识的人”算法会把来自不同平台和设备的用户信息汇集到 Facebook，导致性工作者的私人账号出现在客户或家人的屏幕上，从而破坏了性工作者为自身安全所做的保护。</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>例如，性工作者被捕时，他们的手机可能被用来获取可作为罪证的信息，借此敲诈他们并向他们索取贿赂。</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>良好做法</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>管理数字空间的有害法律及其对性工作者隐私、安全和福祉的影响</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>引言</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>执法人员在性工作者被捕时还会翻查他们的手机，特别留意他们的消息和 Google 翻译记录。</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>执法人员在性工作者被捕时还会翻查他们的手机，特别留意他们的消息和 Google 翻译记录。这些随后被用来证明他们是性工作者，然后他们会被判刑和/或被驱逐出境。</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>文献综述</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>许多成员提到，一些人为了通过敲诈和威胁来剥削和虐待性工作者，设法获取了他们的敏感数据。</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>许多受访者还表示，警察会盯着网站、社交媒体平台和交友应用，收集性工作者的信息，向他们索要钱财或性服务。</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>绘制性工作者常去的场所或地点的地图，是极其敏感的做法，而且可能带来危险。</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>建议</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>服务提供者和性工作者必须了解，这些网络平台和应用可能会如何使用所收集的数据，或者把数据分享给广告商、股东甚至政府等第三方。</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>性工作者采用的一些数字安全做法包括：使用 VPN（虚拟专用网络），工作和私人生活分别使用不同的手机和 SIM 卡，</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>性工作者采用的一些数字安全做法包括：使用 VPN（虚拟专用网络），工作和私人生活分别使用不同的手机和 SIM 卡，用密码保护，使用加密，</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>《刑事诉讼法》（CPC）允许警察或指定的第三方在没有司法授权的情况下，获取任何被认为必要的数据。</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>性工作者的身份被他人揭露是一个很大的威胁。客户找到性工作者私人账号的风险始终存在。</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>在面向性工作者的数字干预项目中使用生物识别、数据挖掘和采集、精准定向、地理绘图等手段，充满危险，并会削弱服务提供的成效。</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>有些人会截取性工作者视频直播表演中的照片或视频，然后用这些来敲诈他们。</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>在许多国家，这种情况也很常见：性工作者被捕后，警察没收他们的手机，以获取其他性工作者的信息。</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>这又可能导致性工作者的身份被曝光、被“人肉”（在网上公开能识别某人身份的信息）、被骚扰、被跟踪、被敲诈，或遭受其他危及他们福祉和生命的虐待行为。</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>任何形式的数据收集，一旦落入坏人之手，都可能威胁性工作者的隐私和安全。</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>选择能提供更好数据保护和隐私选项的浏览器、平台、电子邮件服务商、应用和其他通讯工具。</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>许多性工作者更愿意为工作使用一个单独的网络身份。</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>即使人们以为敏感数据很安全，它们也可能落入想伤害性工作者的人手中。</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>文档</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>立即隐藏此窗口并清除窗口里显示的所有内容</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>快速离开 (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>留下</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>结束</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>“结束”会关闭 USB 调试并删除撤销记录。如果一直开着，下一个拿到手机的人就能借此进入手机。</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>仍然离开</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>手机正在更改中。现在离开可能会留下做了一半的更改。</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>USB 调试仍然开着</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>USB 调试仍然开着：先结束吗？</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>帮助(&amp;H)</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>语言(&amp;L)</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>下一位：全部清除(&amp;N)</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>退出(&amp;Q)</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>本次检查(&amp;S)</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>文字大小(&amp;T)</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>文字变大</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>已停止检查。手机上没有任何更改。</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>如何打开 USB 调试(&amp;U)</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>大</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>更大</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>最大</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>正常</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>手机：{name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>练习手机（不是真手机）</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>文字变小</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>已停止。手机没有连接。</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener：检查并保护手机</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>本来就没问题</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>无法撤销</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>正在更改…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>已修复</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>可能已更改</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>未修复</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>未恢复</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>已恢复</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>已跳过</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>手机不接受这项更改。有些手机会阻止它。</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>手机没有恢复原来的设置。</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>手机的回复：{detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>手机本来就是这样设置的。</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>等待中</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>正在处理…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>你选择了不做这项更改。</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener 无法读回这项设置，所以不能确定更改是否成功。</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>%n 项本来就没问题。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>%n 项已修复。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>%n 项未修复：原因见下面。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>%n 项已跳过。</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF 或网页，保存到你选的位置</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>更改</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>再检查一次手机，并完成被拒绝的更改</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>已完成</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>已完成，但有问题</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>已完成。这无法撤销。</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>每项更改和它的结果</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>结束</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>恢复原来的设置</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>报告已保存：{path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>结果</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>保存报告</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>手机上还要做的事：%n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>关闭 USB 调试并结束</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>无法保存报告：{problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>再试一次</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>撤销码：%1。只有以后要在另一台电脑上撤销这些更改时才需要它。请记下来，和手机分开保存。</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>撤销这些更改</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>只有你能在手机上做的事，会再检查一次</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>原因</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>如果没有“开发者选项”，请先打开它：按照“如何打开 USB 调试”做到“开发者选项”那一步。手机和这台电脑必须连在同一个 Wi-Fi 网络上。</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>在“无线调试”页面上，“IP 地址和端口”下面的地址是用来连接的。它的端口不是配对端口。也请把它输入到下面。</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>打开“设置”，找到“开发者选项”。它通常在“系统”里面。也可以在设置顶部的搜索框里输入“开发者”。</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>打开“设置”。点“更多设置”（或“系统设置”），再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>打开“设置”。点“更多设置”，再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>打开“设置”。点“系统和更新”，再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>打开“设置”。点“系统”，再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>打开“设置”。“开发者选项”在最下面：点它。</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>打开“无线调试”。手机会问“允许在此网络上进行无线调试吗？”：点“允许”。</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>点“无线调试”这几个字（不是开关），打开它的页面。然后点“使用配对码配对设备”。</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>手机会显示六位数的“WLAN 配对码”和“IP 地址和端口”。把两个都输入到下面。在 hardener 说已连接之前，不要关掉手机上的这个窗口。</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>连接地址（IP 地址和端口）：</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>连接地址，例如 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>返回</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>用配对码通过 Wi-Fi 连接</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>适用于 Android 11 及更新版本的手机，不需要数据线。配对由 Google 的“adb”程序（Platform-Tools）完成。之后手机信任的是这个程序的密钥，它保存在这台电脑个人文件夹中的一个文件里（.android/adbkey），而不是 hardener 自己的密钥。Google 的 adb 还会在这个文件夹里保存一份配对过的手机列表（.android/adb_known_hosts.pb）：搜查这台电脑的人可以看出有手机配对过。hardener 不会删除它。</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>将由 Google 的“adb”程序（版本 {version}）进行配对（{path}）。</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>正在这台电脑上查找 Google 的“adb”程序…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>手机品牌</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>其他手机</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>配对并连接</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>配对地址和端口，例如 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>配对地址和端口：</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>无法在这台电脑上进行配对。{reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>请先输入手机上显示的三项：配对地址、配对码和连接地址。</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>改用 USB 数据线</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>WLAN 配对码，六位数字</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>WLAN 配对码：</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener 无法运行 Google 的“adb”程序。</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>关于手机</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>更多设置</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>允许</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>“仅充电”模式下允许 ADB 调试</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>允许 USB 调试吗？</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>允许在此网络上进行无线调试吗？</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>一律允许使用这台计算机进行调试</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Android 版本</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>应用</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>电池</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>版本号</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>取消</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>仅充电</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>拒绝</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>开发者选项</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>设备名称</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>显示</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>文件传输</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>IP 地址和端口：192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>MIUI 版本 / OS 版本</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>型号</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>网络和互联网</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>确定</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>使用二维码配对设备</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>使用配对码配对设备</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>与设备配对</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>手机屏幕的图片</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>撤消 USB 调试授权</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>要撤消你以前授权过的所有计算机的 USB 调试权限吗？</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>安全</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>设置</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>软件信息</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>保持唤醒状态</translation>
  </message>
  <message>
   <source>System</source>
   <translation>系统</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>系统和更新</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>点：{row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>这台计算机的 RSA 密钥指纹：5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>USB 调试</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>USB 调试（安全设置）</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>USB 调试仅用于开发。</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>USB 的用途</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>使用开发者选项</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>使用无线调试</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>版本</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>WLAN 配对码：482915
IP 地址和端口：192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>无线调试</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>你现在处于开发者模式！</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>允许</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>允许 USB 调试吗？</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>一律允许使用这台计算机进行调试</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>拒绝</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>在练习手机的屏幕上（不是真手机）：</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>练习手机的屏幕</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>练习手机：允许这台电脑</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>练习手机：拒绝这台电脑</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>这台计算机的 RSA 密钥指纹：</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>一个配置文件坏了</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>另一个程序正在使用手机</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>停止这台电脑上的 adb 程序之前会先问你</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>返回配对</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>回到开始</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>重新连接</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>通过正在占用手机的 adb 程序连接，不停止它</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>给帮忙的人看的详细信息</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>如何打开 USB 调试</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>连接了不止一部手机</translation>
  </message>
  <message>
   <source>No</source>
   <translation>不</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>没有找到手机</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>没有安全的地方存放 hardener 的密钥</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>这个地址没有任何回应</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>没有做任何更改</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>手机上没有任何更改。</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>无法在这台电脑上配对</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>有些更改可能已经做了。请重新连接：hardener 会列出这些更改，让你选择做完或者撤销。</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>有些设置可能还没恢复。请重新连接，把撤销做完。</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>出了问题</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>停止另一个程序…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>已停止</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>不允许使用 USB 接口</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>和手机的连接断了</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>密钥环已锁定</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>手机没有接受配对</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>手机没有允许这台电脑</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>手机没有回应</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>手机还没有允许这台电脑</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>这个地址无法使用</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>这不是配对码</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>这会停止这台电脑上的“adb”程序。如果有别人在用它（比如 Android Studio），他们和手机的连接会断开。要停止吗？</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>再试一次</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>USB 调试已关闭</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>USB 调试可能还开着。请重新连接并按“结束”，或者在手机上自己关闭。</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>使用它</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>是，停止</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener 遇到了一个没想到的问题。不会再对手机做任何操作。</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>hardener 的密钥已损坏</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>要不要再加一种语言并排显示（例如培训员的语言）？</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>只用这种语言</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;网页 (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>保存报告</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>不更改这部手机上的任何东西</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>先不要为此和任何人当面对质。删除或更改这个应用可能会惊动安装它的人。</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>寻求帮助：性工作者组织、家庭暴力援助机构或数字安全求助热线可以帮你决定怎么做。</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>继续，也更改那个应用</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>继续，不动那个应用</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>先做一个安全计划：可以去哪里，情况变糟时可以打给谁。</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>仅当你有安全计划时：安装它的人可能会发现</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>其他更改照常进行；那个应用的任何东西都不改</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>请先停下来看：发现了一个可以监视这部手机的应用</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>到此为止</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>这个应用可能看得到手机上做的事，包括现在做的更改。</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>取消</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>正在重新检查手机…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>正在检查手机…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>手机已读取了多少</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>手机已读取的部分</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>已读取：{part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>停止检查（Esc）</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>正在停止…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener 会读取手机的设置。它不会更改任何东西。</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>%n 项已经做好。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>有 %n 项更改没有放进来，因为手机上有个名称看起来不安全。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>其中 %n 项无法撤销：到时会再问你一次。</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>之后</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>已经做好</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>回到检查结果</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>可以撤销</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>无法撤销</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>更改</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>按列表里的内容更改手机</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>hardener 会做的更改</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>请在左边选一种情况。</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>选一种最接近你的情况。每项更改在做之前你都能先看到。</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>每项更改，以及现在和之后的设置</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>给协助者看：{detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>做这些更改</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>现在</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>情况</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>你要在手机上做的步骤</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>手机本来就是这样设置的。不需要更改。</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>这个选择不会更改手机上的任何东西。</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>撤销</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>你是什么情况？</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener 会做 %n 项更改。</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>用 USB 连接的手机</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>用 Wi-Fi 连接的手机（地址）</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>手机在 Wi-Fi 上的地址，例如 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>检查并保护手机</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>连接</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>用手机的配对码通过 Wi-Fi 连接，经由 Google 的 adb 程序</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>把手机连到这台电脑。hardener 会检查手机，解释它发现了什么，还可以更改设置，让手机更安全。它不会在这台电脑上保存任何关于这部手机的东西。</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>连接选中的手机</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>如何打开 USB 调试</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>再找一次</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>再找一次用 USB 连接的手机</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>还没有找到手机。这台电脑上有 Google 的“adb”程序，但它没有运行：请在它的文件夹里运行一次“adb devices”，然后插上手机、解锁并打开 USB 调试。之后 hardener 会通过它连接。</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>还没有找到手机。请用 USB 线连接手机，解锁手机，并打开 USB 调试。</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>找到的 USB 手机</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>练习手机（不是真手机）</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>手机要求输入配对码（Android 11 及更新版本）…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>请先输入手机的地址，例如 192.168.1.20:5555。</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>选哪部练习手机</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name}（Wi-Fi，经由 Google 的 adb）</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name}（经由 Google 的 adb）</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}：没有响应（经由 Google 的 adb）</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}：这台电脑不允许使用 USB 端口（经由 Google 的 adb）</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}：等待在手机上点“允许”（经由 Google 的 adb）</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}：{state}（经由 Google 的 adb）</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>有 %n 件事只有你能在手机上做。每做完一件，就点“我做好了”：会再检查一次手机。</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>返回</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>结束</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>在能检查到的范围内，手机上没有要做的事了。</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>手机上还要做的事</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>关闭 USB 调试并结束</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>%n 项更改无法撤销（例如已清除的应用记录）。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n 项无法恢复：原因见下面。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n 项设置已恢复原样。</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>撤销码由 12 个字母和数字组成，例如 7KQ2-M9XD-4TPR。</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>返回</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>取消</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>更改</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>撤销记录里的更改</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>再检查一次手机</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>检查手机，不做任何更改</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>删除这份记录</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>结束</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>做完或撤销上次的更改</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>不用它，继续</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>这是上次来时留下的，用撤销码锁着。输入撤销码，就能查看并撤销那些更改。没有撤销码，也可以删除这份记录：之前的更改会保留，以后不能再撤销。</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>保留这些更改</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>请让手机一直连着电脑。</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>保留更改，继续</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>打开记录</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>部分已撤销</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>恢复原来的设置</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>正在恢复原来的设置…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>状态</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>停止撤销（Esc）</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>关闭 USB 调试并结束</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>之前的更改会保留，以后不能再撤销</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>上次的更改没有做完</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>无法删除这份记录：它还在手机上。请再试一次。</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>这个撤销码打不开记录。请逐个核对字母和数字，再试一次。</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>这部手机上有一份撤销记录</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>要更改这部手机，请先用撤销码打开之前的记录，或者删除它。直接覆盖会失去恢复原样的办法。</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>撤销码：</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>撤销这些更改</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>要撤销这些更改吗？</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>已撤销</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>原因</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener 以前更改过这部手机，并在手机上留了一份撤销记录。有 %n 项更改可以撤销。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener 会把手机恢复成原来的设置。有 %n 项更改可以撤销。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener 更改这部手机时中断了（可能是线被拔了）。它记下了每一项可能已经改过的设置。有 %n 项更改可以撤销。</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>找到“版本号”（有时在“软件信息”或“版本”里面），快速点 7 次。也可以在“设置”最上面的搜索框里输入“版本号”。</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>回到“设置”，找到“开发者选项”。它常在“系统”里面。也可以在“设置”最上面的搜索框里输入“开发者”。</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>回到“设置”。点“更多设置”（或“系统设置”），再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>回到“设置”。点“更多设置”，再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>回到“设置”。点“系统和更新”，再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>回到“设置”。点“系统”，再点“开发者选项”。</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>回到“设置”的第一页。“开发者选项”现在在最下面。点它。</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>如果还看到“USB 调试（安全设置）”，也把它打开。不打开的话，hardener 能检查手机，但有些设置改不了。手机可能会要你登录小米账号（Mi 账号）。</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>如果看到“‘仅充电’模式下允许 ADB 调试”，也把它打开。</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>打开“设置”。滑到最下面，点“关于手机”。</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>用 USB 线把手机连到这台电脑。解锁手机。如果手机问 USB 连接用来做什么，选“文件传输”。</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>打开“USB 调试”。手机会问你是否确定：点“确定”。</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>快速点“版本号”7 次。如果手机要求，输入你的 PIN 码。然后手机会说你现在处于开发者模式。</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>快速点“MIUI 版本”7 次（新一点的手机上叫“OS 版本”）。如果手机要求，输入你的 PIN 码。</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>点“软件信息”。</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>点“版本”。然后快速点“版本号”7 次。如果手机要求，输入你的 PIN 码。</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>手机会问“允许 USB 调试吗？”。点“允许”。除非这是你自己的电脑，否则不要勾选“一律允许”。</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>返回</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>选择手机的品牌。然后在手机上一步一步地做。</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>如何打开 USB 调试</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>手机品牌</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>其他手机</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>取消</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>重新连接手机</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>正在连接手机…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>除非这是你自己的电脑，否则不要勾选“一律允许使用这台计算机进行调试”。如果你没有看到这个问题，请拔下线再插上。</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>停止连接（Esc）</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>在手机上点“允许”</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>不小心点了“拒绝”？请拔下手机，再插上，然后再试一次。</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>练习手机会问“允许 USB 调试吗？”。请在练习手机的屏幕上回答。</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>需要几秒钟。</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>再试一次</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>解锁手机。手机会问“允许 USB 调试吗？”。点“允许”。</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>等待中</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  （这里：打开之后，再运行一次同样的 'hardener apply'。）</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  （或者让它继续运行，并通过它连接：用同样的命令加上 --adb-server。）</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  只有用它，以后才能在任何电脑上撤销这些更改：hardener undo --undo-code CODE
  'hardener finish' 会从手机上删除撤销记录，除非你加上 --keep-undo。</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>“开发者选项”里开启了“停用 adb 授权超时功能”：电脑只要被允许过一次，即使几个月不用也一直能访问。把它关掉，并在 hardener 完成后撤消这些授权。</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>“自动同步”已打开：通讯录、日历等内容会一直被复制到账号里。任何知道密码的人不用手机就能看到这些副本，公司也可能把它们交给警察。</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>“{address}”不是 hardener 能使用的网络地址。请按照手机在“无线调试”中显示的样子填写：数字加端口，例如 192.168.1.20:5555（端口是 1 到 65535 之间的数字）。</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>“{code}”不是配对码。配对码是手机在“WLAN 配对码”下面显示的六位数字。</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n 个应用</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>有 %n 项更改可以撤销。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>记录中有 %n 个条目已损坏，不会处理它们。</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>%n 个月前</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>有 %n 项值得查看。</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>“{title}”（{what}）一旦执行就无法撤销。要执行吗？</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>（无法撤销）</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>（没有做任何更改。）</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>（无法撤销：{what}）</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>（未设置）</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 分钟</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 分钟</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 秒</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 分钟</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 分钟</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 秒</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 分钟</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 秒</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>一个“设备所有者”应用几乎能控制这部手机上的一切，也能看到很多东西。这只在雇主发的工作手机上才算正常。如果这是你自己的手机，请找人帮忙。</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>只用 PIN 码，锁屏上不显示可读内容，清除翻译记录，过境时关机。</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>私密空间可以隐藏应用，但手机锁定后它仍会保持打开一段时间。请设置为手机锁定时一并锁定。</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>一部出故障或有敌意的手机（Android 12L）：包名、账号名、设置和属性里有 shell 注入尝试、换行符、NUL 字节、从右到左标记和超长的值，每份输出里还有乱码行。</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>一个来电识别应用</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>手机信任的证书里多了一个。有了它，另一台电脑能读取应用本来加密保护的网络流量。如果不是你添加的，先留下记录并寻求帮助，再删除它。</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>有一项检查没能完成</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>任何知道账号密码的人，不用手机就能看到云备份。</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>一个云存储应用</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>一段时间没用的电脑需要重新获得允许。</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>与这部手机配对过的电脑可以通过 WLAN 控制它，不需要数据线。如果是为这次检查打开的，等 hardener 完成后关掉；如果不是，可能有别人在用。</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>手机上有一份副本：{path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>你翻译的内容可能会留在你的 Google 账号里。</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>一个交友应用</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>设备管理应用可以锁住或清空手机，而且很难删除。</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>别人可以不经你同意，用你的脸或手指打开手机。</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>在边境，别人可以强迫你用手指或面部解锁；记在脑子里的 PIN 码却不行。</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>手指或面部可能被强迫使用。在有风险的时刻之前，到“设置”&gt;“安全”中删除它们，或使用电源菜单中的“锁定”。</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>别人可以强迫你用手指或脸解锁：有人可以把手机对着你的脸，或者按住你的手指去解锁。PIN 码只在你脑子里。在有危险之前，请用锁定模式，或者删除指纹和人脸。</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>手指或面部可能被强迫使用；记在脑子里的 PIN 码却不行。关机的手机最难被读取。</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>键盘能看到你输入的一切，包括密码。这个键盘不是手机自带的。如果是你自己选的，确认你信任它的开发者。</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>键盘能看到你输入的一切，包括密码。这个键盘是从应用商店以外安装的。如果不是你选的，可能有人在读你输入的内容。先不要删除它：如果它在监视，删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>一个聊天应用</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>一个监控应用</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>发现了一个监控应用：{app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>工作和私人生活共用一个号码，任何人一查就能把两者联系起来。</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>伴侣的指纹或手表可能已被设置为能解锁你的手机。</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>图案很容易被猜到，也很容易被人从你肩膀后面看到，还常在屏幕上留下痕迹。6 位或更长的 PIN 码，或者密码，要安全得多。</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>屏幕刚变暗时被拿走的手机，可能不用 PIN 码也能打开。</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>一项手机设置</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>如果手机在解锁状态下被拿走，里面的一切都会暴露。</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>如果手机在屏幕还亮着时被拿走，它就是打开的：什么都不用猜。设成 30 秒更安全。</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>关机并且用 PIN 码锁住的手机最难打开。</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>不用 PIN 码就能打开的手机，会把你和每个客户的每段聊天都交给警察。</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>不用 PIN 码就能打开的手机，会把里面的一切都交给警察或敲诈你的人。</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>充电时一直亮着屏幕的手机，谁都能打开。</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>关机后还没有解锁过的手机最难读取。如果你觉得警察会来、要过边境检查或可能有突击检查，请关机。</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>一部装了约 600 个应用的手机（Pixel 6a，Android 13）：很多游戏、购物和工具应用；用来测试检查的开销不会随应用数量增加。</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>发布在广告中的照片可能带有拍摄地点。</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>私密浏览器不保留历史记录并会拦截跟踪器；Tor Browser 还能隐藏你的位置。安装一个后，打开“设置”&gt;“应用”&gt;“默认应用”&gt;“浏览器应用”。</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>你选择的服务商</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>整部手机设置了代理：另一台电脑能看到、也能更改手机收发的内容。如果不是你设置的，可能有人在监视你上网。</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>留下记录有助于支持机构，日后如果你决定投诉也有帮助。</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>已设置屏幕锁定</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>第二个资料可以把应用分开，但它在同一部手机上：能打开手机的人也可能打开它，而工作资料由管理它的人控制。要清楚每个资料里有什么。</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>一个安全应用被关闭了：{service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>单独的工作身份</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>手机上有一项设置需要注意</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>有一项设置被更改了</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>性工作者组织、家暴援助机构或数字安全求助热线可以帮你检查手机，并决定怎么做。在有计划之前，像平时一样继续用手机。</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>一个社交应用</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>一个间谍软件</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>间谍软件会把你的消息、通话和位置给别人看。</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>发现了一个间谍软件：{app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>一个翻译应用</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>工作资料由 {app} 管理</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>无障碍权限让应用可以读取屏幕上的一切、看到你输入的内容，还能替你点屏幕。间谍软件会利用它。只让你自己选的应用使用它，比如读屏软件。</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>无障碍应用：无法读取</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>账号</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>账号会自动把数据从手机复制出去</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>这部手机上的账号：{service}（{count}）</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>账号：无法读取</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>高级保护随 Android 16 推出。在这部手机上，强 PIN 码、“锁定”和关机最有用。</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>高级保护已关闭</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>高级保护已开启</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>高级保护：无法读取</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>在警察盯梢时使用广告和交友应用</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>5 分钟后</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>重启后</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>屏幕变暗后，在这段时间内拿到手机的人无需 PIN 码就能打开。请立即锁定，最多 5 秒。</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>本来就没问题</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>本来就已安全设置、保持原样的项：{count}。</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>一个应用</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>一个应用（未读到名称）</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>获准不经询问就录屏的应用可以复制你的表演和聊天。</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>一个应用商店</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>能显示在其他应用上层的应用，可以显示假的画面来偷你的 PIN 码。</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>能读取通知的应用，可以看到每条消息的预览。</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>能读取通讯录的应用可能把你的工作资料和你认识的人联系起来。</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>有无障碍权限的应用可以读取你的屏幕，并冒充你操作。</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>能使用相机或麦克风的应用可以录下你和你的表演。</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>精确位置会暴露你住在哪里、在哪里工作；大致位置就足以结识附近的人。</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>拿着锁定手机的官员可以读到屏幕上显示的消息。</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>外展工作手机，存有调查或服务对象的资料</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>撤销码由 12 个字母和数字组成，例如 7KQ2-M9XD-4TPR。</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 可以在手机锁定时阻止商店以外的应用、旧的 2G 网络和新的 USB 连接。这样被拿走的手机更难读取，但对应用有一些限制。</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>Android 备份会把应用数据和设置复制到你的账号里；用 Google 备份时，常常还包括短信和通话记录。任何知道密码的人不用手机就能看到这些；如果警察要求，公司也能看到。</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>Android 备份已关闭</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Android 云端备份</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android 正把这个应用作为无障碍服务运行，它能读取屏幕上的一切，但它不在“设置”的无障碍应用列表里。先不要删除它：如果它在监视，删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android：</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>这台电脑上的另一个程序（Google 的“adb”服务器，进程 {pid}）正在使用手机。hardener 可以通过它连接：手机可能会为那个程序再问一次“允许 USB 调试吗？”。或者经你同意后由 hardener 停止它，你也可以自己关掉那个程序。</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>另一个会话正在更改这部手机。请等它结束后再试。（如果没有别的会话在运行，请 {minutes} 分钟后再试。）</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>任何拿着这部锁着的手机的人，都能看到屏幕上显示的消息。</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>任何拿到这部手机的人都能打开它，看到所有东西：消息、照片、联系人和翻译记录。请设置 6 位或更长的 PIN 码，或者密码。</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>应用权限：无法读取</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>要进行这 %n 项更改吗？</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>应用和权限</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>这类应用会上传你的通讯录，用来推荐“你可能认识的人”。这样客人、同事或家人可能会看到你的个人资料，你也可能看到他们的。这可能会暴露你的身份。</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>冒充 Android 的应用：无法读取</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>行为像间谍应用的应用：无法读取</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>能安装应用的应用：无法读取</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>能显示在其他应用上层的应用：无法读取</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>能读取通讯录的应用，可能会把你的个人资料给客人或家人看到。</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>没有图标的应用：无法读取</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>你允许过的应用可以知道你在哪里。去工作或去不能让别人知道的地方时关闭定位，需要地图时再打开。</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>应用：{apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>请你的电信公司（手机运营商）停用这张 SIM 卡，给你换一张新卡。通常可以保留原来的号码。</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>假设手机里的一切都被复制了</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>过境时：关机</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>结束时，让 hardener 结束本次检查；或者打开“设置”&gt;“系统”&gt;“开发者选项”，关闭最上面的开关。</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>最后：撤消 USB 调试授权</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>最后：关闭无线调试</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>自动</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>自动同步没有可以复制到的账号</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>自动同步已关闭</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>自动同步：无法读取</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>备份：无法读取</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>可能被抓或遇到突击检查之前</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>搜查之前：关机或锁定</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>在更改任何东西之前，先保留证据：用另一部手机拍下这个屏幕，或把这份报告存到只有你自己用的设备上。无论你之后怎么决定，它都可能在求助支持机构或律师时有用。</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>测速用的手机：Pixel 6a，Android 13，装了约 1000 个应用。</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>测速用的手机：Pixel 6a，Android 13，装了约 300 个应用。</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>测速用的手机：Pixel 6a，Android 13，装了约 50 个应用。</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>除了这台电脑，手机还信任其他电脑进行 USB 调试（数量：{others}）。拿着其中任何一台的人都能在手机解锁时连上它，复制文件、安装应用或查看屏幕。等 hardener 完成后撤消这些授权。</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>蓝牙关闭时的蓝牙扫描</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>边境官员可以搜查不用 PIN 码就能打开的手机。</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>请用监视者从未碰过的手机或电脑打电话或写信求助。被监视的手机会让对方看到你联系了谁。</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>相机、麦克风、录屏和无障碍：只给你选择的应用使用。</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>添加到手机上的证书：无法读取</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>更改你的密码</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>把手机充满电，并一直插着充电器。打开“设置”&gt;“安全”&gt;“加密手机”。可能要一个小时。请先设置 PIN 码或密码。</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>备份到云端的聊天记录和照片，不用手机就能看到。</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>检查 Google 相册备份</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>检查 Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>检查 WhatsApp 和照片备份</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>检查 WhatsApp 聊天备份</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>检查小米云服务</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>检查不是从应用商店安装的应用</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>检查不是来自应用商店的应用</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>检查能显示在其他应用上层的应用</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>检查有使用情况访问权限的应用</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>检查设备管理应用</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>检查指纹解锁和人脸解锁</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>在安全时检查指纹、面部和 Smart Lock</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>只检查</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>只检查，然后和你信任的人谈谈</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>看看这个应用是不是真的需要这些权限。你可以拿走其中任何一项；如果应用真的需要，它会再问你。</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>检查账号</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>检查备份了什么</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>检查这个应用上传了什么</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>检查你的应用把什么备份到了云端</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>检查哪些应用可以录屏</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>查看是哪个浏览器在打开你的链接，选择一个保留你信息更少的浏览器。</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>检查你在用的键盘</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>检查谁能通过你的号码找到你</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>检查是谁的指纹、面部或受信任设备能解锁手机</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>检查你的默认应用</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>选择保留你信息更少的浏览器</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>选择哪些内容同步到云端</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>选择这个账号复制哪些内容</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>在翻译应用里清除记录</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>清除应用里的记录</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>清除翻译记录</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>出行前清除翻译记录</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>云端账号、同步和备份</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>云端应用：无法读取</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>获得 USB 调试允许的电脑会永远保持允许</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>被信任进行 USB 调试的电脑：无法读取</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>被信任进行 USB 调试的电脑：{count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>连接命令：{command}   （按 Ctrl-C 停止）</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>云端里的联系人和照片，不用手机就能看到。</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>无法检查</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>无法检查（{count}）：</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>无法检查</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>无法连接到密钥环，所以密钥（如果有的话）没有被删除：{problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>过境或出行</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>让交友和广告应用拿不到你的通讯录和精确位置，使用单独的号码，锁屏上不显示消息。</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>交友应用与位置：无法读取</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>先做好安全计划，再处理间谍应用</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>安全地处理间谍软件</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>默认短信和电话应用：无法读取</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>默认浏览器：无法读取</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>删除你 Google 账号里的翻译记录</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>删除保存的词句</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>删除你 Google 账号里的翻译记录</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>删除保存在你 Google 账号里的翻译记录</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>删除保存在你账户里的翻译记录</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>开发者选项</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>设备管理应用：无法读取</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>设备管理权限让应用可以锁住手机、清空手机，或者不让你删除它。只给你认识的应用，比如“查找我的设备”或工作应用。</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>你认识这个应用吗？</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>你知道这个应用为什么在这里吗？</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>完成：{changed} 项已更改，{already} 项本来就没问题，{not_applied} 项未更改，{skipped} 项已跳过，{failed} 项失败（与手机往返通信 {round_trips} 次）。</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>手机上登录的每个账号，都会让其邮件、照片和聊天在搜查时被看到。</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>每次有应用请求录制或投射屏幕时，先看清是哪个应用。勾选“不再显示”会让它以后不经询问就能录屏。</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>加密手机</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>加密：</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>加密：无法读取</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>要删除手机上的撤销记录吗？删除后就不能再撤销这些更改了。</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>即使关闭了 Wi-Fi 和蓝牙，手机仍会搜索附近的网络和设备。这会告诉应用和谷歌你在哪里，室内也一样。很少有人需要这个功能。</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Android 正在运行的每个无障碍服务都在“设置”的列表里。</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>每个从应用商店以外安装的应用都有图标</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>所有使用 Android 专用名字的应用都是手机自带的。</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>你安装的每个应用都来自应用商店</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>应用里保存的所有内容也会一起删除：下载的离线语言、收藏的短语、设置和登录。以后可以重新下载语言。</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>这部手机上的一切都在同一处。如果工作和私人生活共用它，请使用不同的号码和账号。</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>已设置人脸解锁</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>出行前了解该边境的法律允许官员要求你做什么。性工作者组织或移民权益团体可以告诉你。</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>已设置指纹解锁和人脸解锁</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>指纹解锁和人脸解锁：无法读取</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>已设置指纹解锁</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>已修复</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>适合第一次检查，或可能被人监视的手机：先查看，不做任何更改。</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>用于存有别人资料的团队手机：把它锁牢，不要让这些资料进入云端。</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>适合过境或出差的人，尤其是身份可能受到质疑的移民。</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>适合可能被警察逮捕、突击搜查或搜身并被拿走手机的人。</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>适合用这部手机做网络直播表演或制作内容的人。</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>适合在警察也会查看的交友应用、社交媒体或广告网站上找客户的人。</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>适合把性工作与家人、朋友和日常工作分开的人。</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>适合伴侣、前任或客户可能在读取其手机、或用手机里的内容对付他们的人。</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>适合移民以及通过翻译应用与客户或官员交流的人。</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>适合手机里存有他人数据的外展工作者和机构。</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>用于每天都用翻译应用的人：让翻译记录少一些，也不要存到云端。</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>发现 %n 个需要修复的问题。</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>用另一部手机或电脑，更改你的电子邮箱、聊天软件、社交媒体和云端账号的密码。</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>向懂的人求助</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>只给交友应用大致位置</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>逐项看检查结果</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>了解一下</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>很好。6 位或更长的 PIN 码，或者密码，最能保护手机。像 1234 或生日这样的短 PIN 码很容易被猜到：如果你的是这样，请换掉。</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>很好。电脑不能通过数据线控制这部手机。</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>很好。屏幕刚变暗时被拿走的手机已经需要你的 PIN 码。</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>很好。只要网络允许，Android 就会加密你访问的网站名称。</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>很好。现在应用无法通过手机定位知道你在哪里。</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>很好。在受信任地点以外，即使有人知道你的 PIN 码，没有你的指纹或面部也无法更改它或关闭保护。</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>很好。Google Play 会检查这部手机上的应用，找出已知的有害应用。</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>很好。当手机可能被拿走时，长按电源键，然后点“锁定”。</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>很好。没有打开任何无障碍服务。</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>很好。没有应用能锁住或清空手机，也没有应用能阻止你删除它。</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>很好。没有应用获得读取你所有通知的权限。</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>很好。这部手机上没有应用是通过安装文件或由别的应用安装的。</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>很好。你安装的应用都不能使用位置、麦克风、相机、短信、通话或通讯录。</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>很好。你安装的应用都没有这项权限。</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>很好。这部手机上没有交友应用拥有你的精确位置。</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>很好。这部手机上没有别的应用可以往手机上安装新应用。</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>很好。即使 VPN 重新连接，也没有任何数据绕过 VPN 离开手机。</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>很好。只有你的 PIN 码或密码能打开手机，没人能强迫你用手指或脸解锁。</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>很好。用手机相机拍的照片不带你的位置。</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>很好。拿着这部锁着的手机的人，看不到你的消息。</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>很好。你使用的网站和应用名称在任何网络上都是加密的。</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>很好。手机不会在某些地点或某些设备附近自己保持解锁。</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>很好。手机装有近期的安全修复，更难被破解。</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>很好。手机在充电时也会自动锁屏。</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>很好。你放下手机后，它很快就会自动锁屏。</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>很好。手机锁定时会拒绝商店以外的应用、旧网络和新的 USB 连接。</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>很好。这部手机上的社交、交友和来电显示应用都不能读取你的通讯录。</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>很好。这些只留在手机上。</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>很好。这个浏览器对你浏览的内容保留得更少。</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>很好。手机锁屏或关机时，没有你的 PIN 码或密码就读不了里面的内容。加密的强度取决于这个 PIN 码或密码。</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>很好。关闭 Wi-Fi 和蓝牙后，手机不会继续搜索附近的地点。</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8，Android 14，设置得很仔细：用 PIN 码锁屏，锁屏上隐藏通知内容，一个 Google 账号，备份已打开。发现的问题很少。</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9，Android 15，有一个由雇主管理的工作资料（用户 10）；用 PIN 码锁屏，有人脸解锁，Smart Lock 已打开。</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>这部手机上没有 Google 翻译</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>这部手机可能仍提供谷歌的防盗保护。hardener 无法看到它是否开启：请在“设置”中查看。</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>隐藏</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>在锁屏上隐藏消息</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>在锁屏上隐藏消息的内容</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>按住电源键（部分手机为同时按电源键和音量加键），然后点按“锁定”。手机随后需要 PIN 码：在你输入之前，指纹、面部和 Smart Lock 都不起作用。没有“锁定”功能的手机，请直接关机。</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>长按电源键，然后点“锁定”。这样手机就必须输入你的 PIN 码：在你输入之前，指纹、人脸和 Smart Lock 都不能用。</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>如何撤销</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>身份检查已开启</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>未看到身份检查已开启</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>身份检查：无法读取</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>如果手机可能很快被拿走或被搜查</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>如果手机被拿走或丢了</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>如果这部手机被拿走，暴露的不只是你的资料，还有别人的资料。</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>如果是你安装的，打开它的设置，看看谁能看到你的位置、录音或屏幕。如果不是你安装的，请留下记录，然后找人帮忙。</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>如果你登录后在网页上或其他设备上用 Google 翻译，你的 Google 账号可能还是会保存你的翻译。</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>立即</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>重要</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>在 Google 翻译里，打开“已保存”（星号），删除你不想留下的词句：它们保存在你的账号里。</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>在 LINE 中使用 Letter Sealing，并删除不需要的聊天：打开聊天 &gt; 菜单 &gt; 设置 &gt; 删除聊天记录。</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>在 Messenger 中打开聊天，点按名字，然后选择“阅后即焚消息”（或“消失模式”）。</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>在 Signal 中打开“设置”&gt;“隐私”&gt;“新聊天的默认计时器”，选择一个时间。已有的聊天：打开聊天，点按名字，再选择“阅后即焚消息”。</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>在 Telegram 中打开“设置”&gt;“隐私与安全”&gt;“自动删除消息”，选择一个时间。普通聊天也保存在 Telegram 的服务器上：与客户聊天请使用私密聊天。</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>在 Viber 中打开聊天，点按名字，再选择“消失的消息”并设定时间。</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>在 WhatsApp Business 中打开“设置”&gt;“隐私”&gt;“默认消息计时器”，选择 24 小时或 7 天。已有的聊天：打开聊天，点按名字，再选择“限时消息”。</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>在 WhatsApp 中打开“设置”&gt;“隐私”&gt;“默认消息计时器”，选择 24 小时或 7 天。已有的聊天：打开聊天，点按名字，再选择“限时消息”。</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>在 WhatsApp 里：“设置”&gt;“聊天”&gt;“聊天备份”：选“从不”，或者用端到端加密保护备份。在 Google 相册里：点你的头像 &gt;“相册设置”&gt;“备份”。</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>在 Instagram 聊天中向上滑动以开启消失模式。已经发送的消息会保留：删除你不想被发现的消息。</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>在每个账号的安全设置里，让所有其他设备退出登录，这样被拿走的手机就不能再用这些账号。</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>在每个保存聊天或照片的应用里，打开设置，找到“备份”。如果它备份到的账户不安全，请关闭备份或为其加密保护，并删除那里的旧备份。</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>在每个交友和聊天应用中打开“隐私”，关闭“通过手机号找到我”和上传通讯录。</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>在有些地方，远程清空手机可能会被用来对你不利。如果可以，先听听专业的建议。</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram：使用消失模式</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>安装你信任的 VPN 并登录。然后打开“设置”&gt;“网络”（或“连接”）&gt;“VPN”，点按旁边的齿轮，开启“始终开启的 VPN”和“屏蔽未使用 VPN 的连接”。</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>安装安全更新</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>先留下记录</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>记录下发现的内容</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>把记录放在监视者拿不到的地方</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>手机里少存东西</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>把工作账号和私人账号分开</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>工作和私人生活使用不同的号码</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>把工作的联系人和账号跟私人生活分开，让应用没法把两边联系起来。</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>不要把工作照片和联系人存到云端</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>别让交友和社交应用拿到你的通讯录</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>别让照片带上你的位置</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>键盘：无法读取</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>想好被要求解锁时怎么说</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>知道手机显示了什么，是第一步。</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE：删除旧聊天</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>最后一步，在手机上：{step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>充电时让屏幕自动关闭</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>链接会在手机自行选择的浏览器中打开。请选择一个保留你信息更少的浏览器。</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>位置</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>定位已关闭</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>定位已开启</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>位置：无法读取</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>屏幕关闭后锁定：无法读取</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>让私密空间随手机一起锁定</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>屏幕一关闭就锁定手机</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>立即锁定手机</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>30 秒或更短时间内锁屏</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>电源菜单中的“锁定”按钮</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>锁定按钮：无法读取</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>锁定模式是 Android 9 才有的。在这部手机上，当手机可能被拿走时，请关机：重新开机后，只有你的 PIN 码或密码能打开它。</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>锁定模式是一个快速办法，让手机必须输入 PIN 码：它会关掉指纹、人脸、Smart Lock 和锁屏上的消息。在这部手机上，需要先把它打开。</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>电源菜单里有锁定按钮</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>电源菜单里没有锁定按钮</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>锁定模式让手机必须输入 PIN 码：手指或脸打不开它。</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>“锁定”会让手机要求输入 PIN 码，在使用之前没有任何迹象显示它的存在。</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>电源菜单里的锁定按钮可能被隐藏了</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>锁定模式需要先设置屏幕锁定</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>锁定：只有 PIN 码能解锁手机</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>查看添加到手机上的证书</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>查看手机，解释发现了什么。不做任何更改。</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>先查看，不做更改；做好安全计划后再处理间谍应用；之后只做监视者察觉不到的更改。</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>先查看，暂时不要更改</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>删除间谍软件之前，先做好安全计划</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>删除任何东西之前，先做好安全计划</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>在每个聊天应用中让消息自动消失</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>让手机忘记这台电脑</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>让屏幕更快关闭</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>可能已更改：会话在检查这些更改之前中断了</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>锁屏上的消息内容</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>消息</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>锁着的手机上能看到消息</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>客人发来的消息、预约和验证码会显示在锁屏上。任何拿着手机的人（警察、伴侣、客人）不用你的 PIN 码就能看到。</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>锁屏上的消息：无法读取</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>警察会最先读的消息：{apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>消息、照片、联系人和应用记录可能已经被看过或复制了，就算手机还回来也一样。</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger：使用阅后即焚消息</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>聊天应用：无法读取</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>型号</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>插着不止一部手机（{serials}）。请拔掉其他手机，或者选一部。</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Android 10 上的 Motorola One Vision：密码锁，备份已关闭，自动同步已关闭，一个旧的交友应用、一个 VPN 和一个从文件安装的键盘。</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>未加密</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>永不</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>应用请求录屏时，千万不要勾选“不再显示”</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>下一步，连接：用 --connect 加上手机“无线调试”页面上“IP 地址和端口”下面的地址（或者运行 'adb connect HOST:PORT'），然后使用 --adb-server --serial HOST:PORT。</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>没有设置始终开启的 VPN</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>没有无障碍服务在暗中运行</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>没有账号复制联系人、日历、照片或消息</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>没有账号把这部手机上的数据复制到网上。</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>这部手机上没有账号</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>没有应用表现得像间谍应用</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>没有应用能看到并控制你的屏幕</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>这部手机上没有 hardener 列表里的云端照片、文件或聊天备份应用。</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>没有应用有设备管理权限</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>没有手动安装的应用躲在应用列表之外。</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>没有哪个从应用商店以外安装的应用一边躲在应用列表之外，一边读取屏幕、通知或拥有设备管理权限。</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>这部手机上没有看起来像翻译应用的应用。浏览器里的翻译记录没有检查。</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>没有应用冒充 Android 的一部分</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>没有应用读取你的通知</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>你安装的应用都不能显示在其他应用上层</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>你安装的应用都不能接触私人数据</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>你安装的应用都看不到你用了哪些应用</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>你安装的应用都不能不经询问就录屏</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>手机上没有添加过证书</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>没有找到云端照片或备份应用</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>没有电脑能通过 WLAN 连到手机进行调试。</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>没有电脑会一直被信任进行 USB 调试</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>没有交友应用知道你的确切位置</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>未设置默认浏览器</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>没有人脸解锁；无法读取指纹解锁</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>没有指纹解锁或人脸解锁</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>没有指纹解锁；无法读取人脸解锁</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>没有发现已知的跟踪软件</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>没有安装 hardener 认识的聊天应用</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>锁屏上不显示通知</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>没有其他电脑获得允许。除非你撤消，这台电脑在这次之后仍然被允许：等 hardener 完成后撤消。</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>没有找到手机。请用能传数据的 USB 线连接手机，解锁手机，并确认 USB 调试已打开。</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>通过 USB 没有找到打开了 USB 调试的手机。</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>没有代理，也没有来自应用商店以外的 VPN</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>没有安全应用被关闭</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>没有社交或交友应用能读取你的通讯录</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>没有应用商店检查过这个应用。间谍软件常常是拿过你手机的人用这种方式装上的。如果不是你自己安装的，先不要删除：先留下记录，找人帮忙。</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>没有找到翻译应用</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>现在没有在使用可信地点或可信设备。如果你从没特意设置过，请关闭 Smart Lock，以免它以后开始起作用。</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>未修复</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>不确定</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>未处理：%n 项涉及间谍应用的更改。更改它可能会惊动安装它的人：请先看安全计划。（只有加上 --touch-spying-apps 才会包括这些更改。）</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>注意：这部手机上次的更改过程被中断了。那些更改已记录在手机上：
      用同一个撤销码运行 'hardener undo' 把它们撤销，或者再运行一次 apply 来完成。</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>注意：有一个 adb 服务器正在运行（端口 {port}，进程 {pid}），它可能占用着手机。可以通过 'hardener devices --adb-server' 和 --adb-server 使用它，否则 hardener 会在停止它之前先问你。</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>注意：{text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>{address} 没有任何回应。请检查手机和这台电脑是否连接在同一个 Wi-Fi 网络，手机的“开发者选项”中是否已开启“无线调试”，以及地址和端口是否与手机现在显示的一致（端口每次都会变化）。</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>未发现问题</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>在能够检查的部分中没有发现问题。</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>除非你选择同步，否则不会有东西被复制到账号里。</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>没有需要进行的更改：手机已经符合这个配置文件。</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>不需要更改。</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>这部手机上没有任何更改。</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>没有做任何更改，所以手机上不会保留撤销记录（不需要撤销码）。</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>没有做任何更改，所以没有需要撤销的。</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>没有做任何更改。</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>通知使用权：无法读取</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>锁屏上的通知</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>锁屏上会显示通知，但不显示内容</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>现在：{command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>关闭</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>旧款 Motorola Moto G6，Android 9：没有屏幕锁定，没有加密，USB 调试已打开，Play Protect 已关闭，还有一个从应用商店以外安装的跟踪软件，拥有无障碍权限、通知使用权和设备管理权限。</translation>
  </message>
  <message>
   <source>On</source>
   <translation>开启</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>在 Android 11 及更新的版本上，只要设置了 PIN 码、密码或图案，电源菜单里就会有锁定按钮。</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>在 Android 11 及更新的版本上，只要设置了屏幕锁定，电源菜单里就会有锁定按钮。这部手机上旧的开关是关着的，有些手机仍然会听从这个开关。请看一下电源菜单。</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>在 Android 11 及更新的版本上，只要设置了屏幕锁定（这部手机已经设置了），电源菜单里就会有锁定按钮。当手机可能被拿走时，长按电源键，然后点“锁定”。</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>在任何手机或电脑上打开 myactivity.google.com，登录，然后删除 Google 翻译的活动记录。清除应用里的记录并不会删除这份副本。</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>在任何手机或电脑上，登录你的翻译应用所用的账户，删除其中保存的翻译和活动记录（Google 账户请到 myactivity.google.com）。清除应用数据不会删除这份副本。</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>在手机上打开“设置”&gt;“开发者选项”，点“撤消 USB 调试授权”。然后关闭那个页面最上面的“开发者选项”开关。（如果找不到“开发者选项”，说明它已经关了。）</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>工作和私人生活共用一个账号，会把两边联系起来。</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>这部手机上只有一个号码</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>一部手机装着两种生活，被拿走时两者都会暴露。</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>这部手机上只有一个资料</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>只有应用商店能安装应用</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>只有这台电脑被信任进行 USB 调试</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>打开 Google 相册，点你的头像，再点“相册设置”，然后点“备份”。如果备份是打开的，每张照片和每个视频都会传到你的 Google 账号。如果那个账号不安全，请关掉备份。</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>打开“设置”&gt;“无障碍”。找到这个应用（可能在“已安装的应用”或“已下载的应用”里），把它关掉。</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>打开“设置”&gt;“账号”（或“密码和账号”）。删除你不认识的账号。如果有账号的密码可能被别人知道，请更改密码。</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>打开“设置”&gt;“账户与备份”&gt;“Samsung Cloud”。看看备份和同步了什么：短信、通话记录、照片。把应该只留在手机上的内容关掉。</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>打开“设置”&gt;“账号”，点每个账号，再点“账号同步”。关掉你不需要的“通讯录”“短信”和“照片”。</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>打开“设置”&gt;“账号”，点这个账号，再点“账号同步”。把应该只留在手机上的内容关掉，比如通讯录和短信。</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>打开“设置”&gt;“账号”。从工作手机上删除私人账号，从私人手机上删除工作账号。</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>打开“设置”&gt;“账号”。移除旅途中用不到的工作账号，到达后再登录。先确认你记得每个密码。</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>打开“设置”&gt;“账号”。关闭“自动同步数据”（可能在最上面的菜单里）。你仍然可以在需要时自己手动同步。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>打开“设置”&gt;“应用”，看看这个应用。如果不是你安装的，删除之前先留下记录并找人帮忙。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>打开“设置”，再打开“应用”，显示系统应用，打开这个应用并点按“启用”。如果不是你关掉的，可能是别人关的：先留下记录。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>打开“设置”，再打开“应用”，然后打开“默认应用”。确认短信应用和电话应用是你自己选的。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>打开“设置”&gt;“应用”&gt;“特殊应用权限”&gt;“显示在其他应用的上层”。为不需要的应用关掉它。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>打开“设置”&gt;“应用”&gt;“特殊应用权限”&gt;“安装未知应用”。为这个应用关掉它。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>打开“设置”&gt;“应用”&gt;“特殊应用权限”&gt;“使用情况访问权限”。为不需要的应用关掉它。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>打开“设置”&gt;“应用”&gt;该应用&gt;“权限”&gt;“位置信息”。关闭“使用确切位置”，并选择“仅在使用该应用时允许”。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>打开“设置”&gt;“应用”，点这个应用，再点“权限”&gt;“通讯录”。选“不允许”。在这个应用自己的设置里，也关掉上传或同步通讯录，并删除它已经上传的联系人。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>打开“设置”&gt;“应用”，点这个应用，再点“权限”。把它不需要的权限都选“不允许”。如果应用真的需要，它会再问你。</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>打开“设置”&gt;“应用”。对每个你不认识的应用，问问是谁安装的。如果它可能是间谍软件，先做好安全计划，再删除。</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>打开“设置”，再打开“开发者选项”，关闭“停用 adb 授权超时功能”。</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>打开“设置”&gt;“显示”&gt;“屏幕超时”。选“30 秒”。</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>打开“设置”&gt;“Google”（或“账户与备份”）&gt;“备份”。看看它保存了什么。如果账号不安全，请关闭备份，并在那里删除旧的备份。</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>打开“设置”&gt;“Google”&gt;“所有服务”&gt;“防盗保护”。开启“身份检查”“盗窃检测锁定”和“离线设备锁定”。之后在受信任地点以外，更改 PIN 码或关闭保护都需要你的指纹或面部，而不只是 PIN 码。</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>打开“设置”&gt;“位置信息”&gt;“位置信息服务”（或“提高精确度”）。关闭 WLAN 扫描和蓝牙扫描。</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>打开“设置”&gt;“网络”（或“连接”&gt;“更多连接设置”）&gt;“私人 DNS”。选择“自动”或你信任的服务商。</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>打开“设置”，再依次打开“网络”“WLAN”，点按该网络，然后点“修改”或“高级”，把代理设为“无”。如果不是你设置的，先留下记录。</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>打开“设置”&gt;“通知”（或“锁定屏幕”）&gt;“锁屏上的通知”。选“不显示任何通知”，至少也要选“隐藏敏感内容”。</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>打开“设置”&gt;“通知”&gt;“通知使用权”（有些手机上是“应用”&gt;“特殊应用权限”）。为这个应用关掉它。</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>打开“设置”&gt;“安全”（或“生物识别”）&gt;“指纹”和“人脸识别”。在有危险之前删除它们，或者随时准备使用锁定模式。</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>打开“设置”&gt;“安全”（或“生物识别”）。出行前删除指纹和面部，安全后再重新添加。</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>打开“设置”&gt;“安全”（或“锁定屏幕”）&gt;“屏幕锁定方式”。选“PIN 码”，至少用 6 位数字，不要用生日。图案很容易被人看到和猜到。</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>打开“设置”&gt;“安全”（或“锁定屏幕”）&gt;“屏幕锁定方式”。选 6 位或更长的“PIN 码”，或者选“密码”。不要用生日，也不要用别人知道的数字。</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>打开“设置”&gt;“安全”（或“锁定屏幕”）&gt;“Smart Lock”或“Extend Unlock”（延长解锁）。输入你的 PIN 码。删除可信地点和可信设备，并关闭随身检测。</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>打开“设置”&gt;“安全”（或“锁屏”），点按“屏幕锁定”旁的齿轮，再点按“屏幕超时后锁定”。选择“立即”或 5 秒。</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>打开“设置”，再打开“安全”（或“安全和隐私”），然后打开“更多安全设置”或“加密与凭据”，再打开“受信任的凭据”，切到“用户”标签。如果那里有不是你添加的证书，先留下记录并寻求帮助，再删除它。</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>打开“设置”&gt;“安全和隐私”&gt;“高级保护”。它会在手机锁定时阻止 Play 商店以外的应用、旧的 2G 网络和新的 USB 连接。通过文件安装的应用可能无法再更新：请和了解这部手机的人一起决定。</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>打开“设置”&gt;“安全和隐私”&gt;“私密空间”&gt;“自动锁定私密空间”，选择“每次设备锁定时”。</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>打开“设置”&gt;“安全”&gt;“设备管理应用”（有些手机上在“其他安全设置”里）。关掉你不认识的应用。如果关不掉，请找人帮忙。</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>打开“设置”&gt;“安全”&gt;“设备管理应用”。关掉任何你不认识的应用。</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>打开“设置”&gt;“安全”&gt;“Smart Lock”（或“Extend Unlock”延长解锁）。删除可信地点、可信设备和随身检测。</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>打开“设置”&gt;“系统”（或“软件更新”）&gt;“安全更新”，安装提供的更新。如果一年都没有更新，说明手机已不再获得更新：考虑换一部较新的手机用于工作。</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>打开“设置”&gt;“系统”&gt;“开发者选项”。关闭“保持唤醒状态”。</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>打开“设置”，再依次打开“系统”“语言和输入法”“屏幕键盘”。只保留你自己选的键盘。</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>打开“设置”&gt;“小米账号”（或“Mi 账号”）&gt;“小米云服务”。看看同步了什么：短信、相册、联系人、通话记录。把应该只留在手机上的内容关掉。</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>打开 WhatsApp，然后点“设置”&gt;“聊天”&gt;“聊天备份”。如果“备份至 Google 云端硬盘”不是“从不”，你的聊天记录就会被复制到那里。如果那个账号不安全，选“从不”，并删除 Google 云端硬盘（Google Drive）里的旧备份。</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>在浏览器里打开 myactivity.google.com（或者打开 Google 应用，点你的头像，再点“我的活动”）。选择 Google 翻译，全部删除。在“网络与应用活动记录”里，你可以关闭保存，或者设为 3 个月后自动删除。</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>打开 Play 商店，点你的头像，再点“Play Protect”，然后点设置（齿轮图标）。打开“使用 Play Protect 扫描应用”。</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>打开这个应用，在它的设置里找“备份”“同步”或“相机上传”。如果账号不安全，请把它关掉。</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>打开这个应用。找到“历史记录”（常在菜单里或你的头像下面），全部删除。如果可以，在应用的设置里关闭保存历史记录。也删除保存的或加了星号的词句。</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>打开相机设置，关闭“保存位置”（或“位置标签”）。或者打开“设置”&gt;“应用”&gt;“相机”&gt;“权限”&gt;“位置信息”：选择“不允许”。</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>打开翻译应用，进入“历史记录”（或时钟图标），删除记录。如果应用有“保存历史记录”，把它关掉。</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>其他电脑也能在这部手机上使用 USB 调试</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN 码</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN 码或密码</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>已通过 Google 的 adb 配对（{adb}，版本 {version}）：{said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>用配对码配对需要 Google 的“adb”程序（Android SDK Platform-Tools），但 hardener 在这台电脑上没有找到它。请从 Google 的 Android 开发者网站安装 Platform-Tools，然后再试。或者改用 USB 数据线连接手机。</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>{app} 的权限：无法读取</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>屏幕关闭后手机锁定</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>电话号码</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>手机安全检查</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>手机：</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>以前信任这台电脑的手机会再次问“允许 USB 调试吗？”。</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>云端的照片和联系人不需要手机也能被调取。</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>运行 Android 13 的 Pixel 6a，装有一个改名伪装成系统更新的跟踪软件：只有它的签名证书能暴露它。</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play 保护机制检查应用</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect 会检查应用是否有害。给手机装间谍软件的人常常会先把它关掉。如果不是你关的，可能是别人关的。</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect 不扫描应用</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect 已关闭</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect 已打开</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect 会对已知的间谍软件发出警告。</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect（检查应用是否有害）是 Google Play 自带的。没有它的话，只从你信任的商店安装应用，而且只装你了解的应用。</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect：无法读取</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>拿着手机的警察可以读到屏幕上显示的客户消息。</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>警察会先读消息；自动消失的消息就不会留下来被读。</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>警察会查看翻译记录，来证明别人做什么工作。</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>警察拿走手机后会先读消息。自动消失的消息就不会留下来被读。每个应用都有自己的开关：步骤里写明了位置。</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>练习手机“{name}”正在 {address} 等待连接</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>练习手机（模拟的，不是真手机）</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>练习使用锁定模式</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>按住电源键（有些手机上是同时按住电源键和音量加键），然后点“锁定”。这样只有你的 PIN 码或密码能打开手机：指纹、人脸、Smart Lock 都不能用，锁屏上也不显示消息。或者直接关机。</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>私人 DNS</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>私人 DNS 为自动</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>私人 DNS 已关闭</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>私人 DNS 使用你选择的服务商</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>私人 DNS：无法读取</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>私密空间锁定时机</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>配置文件：{title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>手机上的资料：无法读取</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>代理和 VPN：无法读取</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>从屏幕顶部下拉，点按“位置信息”将其关闭，或打开“设置”&gt;“位置信息”。只在需要地图或叫车时再打开。</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>和这个人一起看每一项检查结果。从最上面最严重的开始。</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>一起看检查结果</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>在做任何更改之前，先看看这次检查发现了什么。和你信任的性工作者组织或支持机构谈谈，一起制定安全计划。</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>只用工作号码注册交友和广告应用，不要用私人号码。第二张 SIM 卡、第二部手机或通话应用提供的号码都可以。</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>常常需要用翻译应用</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>出行期间移除指纹和面部解锁</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>移除代理</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>已从密钥环里删除这台电脑的密钥。以前信任它的手机会再次问“允许 USB 调试吗？”。</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>已删除：{path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>删除间谍软件可能会惊动安装它的人。先和你信任的人或援助机构谈一谈。在更改任何东西之前，记下你发现了什么。</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>删除间谍应用或更改设置可能会惊动监视者，让情况更危险。</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>删除这个应用可能会惊动装它的人，这可能会让那个人变得危险。先和你信任的人或援助机构谈一谈。想好你在哪里会安全，谁能帮你。</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>换一张 SIM 卡</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>报告已保存到 {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>{total} 项中已恢复 {restored} 项。</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>最后撤消 USB 调试授权</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>正在运行的无障碍服务：无法读取</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>SIM 卡：无法读取</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51，Android 11：用图案锁屏并开了 Smart Lock，锁屏上显示消息预览，每天用 Google 翻译，通讯录同步到 Google 和 Samsung，交友和社交应用在读取通讯录。</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>把这次检查的报告保存在电脑上或交给你信任的人，不要存在这部手机上。记下日期和发现的应用名称。</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>这部手机拒绝了扫描有害应用。如果不是你拒绝的，可能是别人。请打开扫描。</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>即使关闭了 Wi-Fi 和蓝牙，扫描也会告诉应用你在哪里。</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>屏幕锁定和手机设置</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>屏幕锁定：</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>屏幕锁定：无法读取</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>屏幕锁定：{kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>录屏：无法读取</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>充电时屏幕保持常亮</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>屏幕超时：无法读取</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>屏幕关闭时间</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>安全应用：无法读取</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>安全更新：</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>安全更新是最近的</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>安全更新：无法读取</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>序列号</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>序列号：</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>设置 6 位或更长的 PIN 码</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>设置高强度的屏幕锁定</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>在电源菜单里显示锁定按钮</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>显示</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>在所有设备上退出登录</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>出行期间退出工作账号</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal：让消息自动消失</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>已跳过</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock 可以让手机保持解锁</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock 已关闭</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock 已打开，但现在没有让手机保持解锁</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock 会在“可信”地点、“可信”设备附近，或者你随身带着手机时，让手机一直保持打开。而这正是手机可能被人从你身上拿走、而且是打开状态的时候。</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock 会在家里或在你的手表附近让手机保持打开：这正是手机可能被拿走的时候。</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock：无法读取</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>社交应用和你的通讯录：无法读取</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>有些更改无法撤销：</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>有人在手机上添加了证书</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>拿着这部锁着的手机的人能看到哪些应用收到了消息，但看不到消息内容。如果想完全隐藏，请关闭锁屏通知。</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>{address} 上有东西回应了，但随后停止回应或关闭了连接。请在手机上检查“无线调试”是否已开启，以及地址和端口是否与手机现在显示的一致。如果手机要求用配对码配对，hardener 无法自己完成：请使用 USB 数据线，或先用 Google 的 adb 程序配对手机，再通过它连接。</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>出了问题。</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>间谍软件常常是在应用商店以外手动安装的。</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>间谍软件常常是从应用商店以外安装的。</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>间谍软件：无法读取</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>跟踪软件和间谍软件</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>充电时保持唤醒：无法读取</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>仍在手机上，没有删除：{names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>还要你自己动手做的</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>不让应用显示在其他应用上层</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>不让应用安装应用</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>不让应用安装其他应用</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>不让应用读取你的通知</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>禁止应用不经询问就录屏</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>不让社交和交友应用读取你的通讯录</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>现在停止另一个 adb 程序吗？</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>停止手机扫描 Wi-Fi 和蓝牙</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>已停止。</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>汇总：{counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>重新打开 Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>不需要时关闭定位</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>关闭“保持唤醒状态”</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>关闭 Android 云备份</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>关闭 Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>关闭 WLAN 和蓝牙扫描</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>关闭你不用的无障碍权限</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>为你不认识的应用关闭无障碍权限</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>关闭自动同步</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>用完后关闭开发者选项</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>为你不认识的应用关闭通知使用权</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>为交友应用关闭确切位置</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>开启身份检查和防盗保护</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>开启私人 DNS</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>关机</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>在护照检查前关机，检查后再开机。关过机的手机只能用 PIN 码打开。</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>过境前关机</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>可能被搜查时关机</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>拿走读取通讯录的权限</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>拿走应用不需要的权限</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>取消相机的位置权限</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>从翻译应用那里拿走麦克风和通讯录权限</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>收回不需要相机和麦克风的应用的权限</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>拿走应用的使用情况访问权限</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram：使用自动删除</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>告诉和你有联系的人</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>告诉你的群组和亲近的人，让他们可以保护自己。如果可以，把这个号码从群聊里移除。</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>短信不会自动消失。在有风险的时刻之前，在“信息”应用里删除与客户的对话，并请客户使用有阅后即焚功能的聊天应用。</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>短信：删除不需要的内容</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>短信和来电都交给手机自带的应用。</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>这是一个文件夹；请给一个以 .pdf 或 .html 结尾的文件名：{path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>这台电脑上的“adb”程序（版本 {version}，{path}）不能用配对码配对：配对功能是在 2020 年 Google Platform-Tools 第 30 版才加入的。Debian 和 Ubuntu 的“adb”软件包是第 29 版，没有配对功能。请安装 Google 当前的 Platform-Tools，或者改用 USB 数据线连接手机。</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>这台电脑上的“adb”程序太旧，或者回答不符合预期（服务器版本 {version}；hardener 需要 {needed} 或更新的版本）。请安装最新的 Android SDK Platform-Tools，然后再试一次。</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>这台电脑上的“adb”程序的服务器没有运行（端口 {port}）。请用命令“adb start-server”启动它，或者不通过 adb 服务器连接。</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>手机锁定后私密空间仍保持打开</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>短信和电话应用都是手机自带的</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>adb 服务器（端口 {port}）上没有手机。</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>adb 服务器上没有手机“{serial}”。它现有的手机：{serials}。请用“adb devices”核对名称。</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>adb 服务器说：{said}（状态：{state}）</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>相机与位置：无法读取</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>相机可以使用你的位置，因此每张照片都带有拍摄地点。照片一旦发出或发布，就可能暴露你住在哪里或在哪里工作。</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>相机无法保存拍摄地点</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>给这部手机的命令太长，无法通过 adb 服务器传递（{size} 字节；它最多传递 {limit}）。请改为不通过 adb 服务器，直接连接手机。</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>和手机的连接断了（线被拔了吗？）。请重新插上：什么都没有丢失，没做完的可以做完或撤销。</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>默认浏览器是 {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>保存报告的文件夹不存在：{folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>无法使用指标文件 {file}：{reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>hardener 保存在这台电脑密钥环中的密钥已损坏，所以 hardener 已停止，并保留它原样不动。要用新密钥重新开始，请运行命令“hardener forget-key”；之后手机会再次询问“允许 USB 调试吗？”。</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>密钥已从密钥环里删除。</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>键盘是手机自带的</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>正在使用的键盘是手机的一部分。</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>hardener 存放密钥的密钥环已锁定。请先解锁（在 Linux 上：打开“密码和密钥”并解锁“登录”，或注销后重新登录），然后再试一次。</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>上一次安全更新已是 {months} 个月前</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>hardener 存放密钥的 macOS 钥匙串已锁定。请打开“钥匙串访问”App，解锁“登录”钥匙串（或者退出登录后再登录），然后再试。</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>最紧急的在前面。每一项都说明了拿着这部手机的人能看到什么、能做什么。</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>你使用的网站和应用名称以未加密方式传输，你所在的网络可以读取。Android 可以自行加密它们。</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>手机会把自己备份到云端</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>手机没有接受配对。请在手机上再点一次“使用配对码配对设备”，趁那个窗口还开着，输入新的配对码和带端口的地址（两者每次都会变）。手机和这台电脑必须连在同一个 Wi-Fi 网络上。</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>手机没有允许这台电脑。请拔下再插上，解锁手机，在手机问的时候点“允许”。</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>手机没有关闭 USB 调试：{detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>手机没有回应。请拔下手机，再插上，然后解锁。如果还不行，请重启手机。</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>手机不会把应用数据复制到账号里。</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>手机没有设置锁屏，无从等待</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>手机还没有允许这台电脑。请解锁手机，在“允许 USB 调试吗？”的提示上点“允许”。</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>手机不保留任何电脑的 USB 调试许可，包括这台。</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>手机一直在扫描 Wi-Fi 和蓝牙</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>屏幕关闭 {seconds} 秒后手机锁定</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>手机拒绝了这项更改：手机厂商禁止从电脑上更改。你仍可以在手机的“设置”里手动更改。</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>手机拒绝保存文件。请检查手机有没有空闲空间。</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>手机报告了一个 hardener 不信任的名称（{kind}）。已跳过它。</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>屏幕关闭后手机仍保持解锁 {minutes} 分钟</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>屏幕关闭后手机仍保持解锁 {seconds} 秒</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>手机太久没有回应。请检查数据线，并确认手机已解锁。</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>手机信任一些电脑进行 USB 调试（数量：{count}），但没说其中哪台是这台电脑（如果有的话）。等 hardener 完成后撤消这些授权。</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>手机只信任自带的证书。</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>手机的网络不经过代理，也不经过手动安装的 VPN 应用。</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>手机存储已加密</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>手机存储没有加密</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>配置文件 {file} 坏了：规则 {rule}，字段 {field}：{problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>撤销更改需要的记录已经不在手机上了，所以不能自动恢复。你可以自己把每项设置改回来。</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>更改的记录保存在手机上，不在电脑上。</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>报告文件名必须以 .pdf 或 .html 结尾：{path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>报告没有保存到手机上：手机上发现了间谍软件，或者 hardener 无法检查是否有间谍软件。这类软件可能会读到报告，并通知装它的人。</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>报告会保存在手机的“Download”（下载）文件夹里。任何搜查手机的人都能在那里看到它。不再需要时，请删除它。</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>最安全的是工作用单独的手机。如果只用一部手机，工作请用单独的 SIM 卡或号码，用 WhatsApp Business 或另一个只用于工作的聊天应用，工作应用里不要有私人照片。</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>充电时屏幕不会一直亮着</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>屏幕锁定方式是图案</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>屏幕锁定方式只是滑动</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>屏幕会亮 {minutes} 分钟才锁屏</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>屏幕会亮 {seconds} 秒才锁屏</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>充电时屏幕一直亮着</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>屏幕在 {seconds} 秒后关闭</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>这部手机上的安全应用都开着。</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>最强的锁屏设置，清除翻译记录，以及被搜查之前要做的步骤。</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>撤销记录已删除（已核实）：hardener 写入的东西都没有留在手机上。</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>撤销记录已删除：手机上现在没有撤销记录。</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>无法读取手机上的撤销记录，所以报告不能说明改了什么。</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>这部手机上的撤销记录已损坏，所以不会使用它。你可以删除它，再手动检查手机的设置。</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>撤销记录会留在手机上，用它的撤销码锁着。搜查手机的人能看到那里有一个文件，但没有撤销码就读不了。</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>这部手机上的工作资料由它的管理者管理，管理者常常是雇主。他们能看到工作资料里的应用和数据。不要把私人的东西放在里面。</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>这部手机上没有 Google Play</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>没有名为“{name}”的练习手机。练习手机有：{names}。</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>没有名为“{name}”的配置文件。配置文件有：{names}。</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>没有屏幕锁定</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>这部手机上没有可以撤销的更改。</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>密钥环里没有密钥。</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>没有可删除的密钥。</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>没有保存过的偏好设置。</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>这些会被复制到账号的服务器上。任何进入这个账号的人不用你的手机就能看到；如果警察要求，公司也能看到。</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>这些需要你在手机上自己做。每一项只要一两分钟。</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>考虑开启高级保护</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>想一想指纹解锁和人脸解锁</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>远程清空手机前先想一想</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>这个 Android 版本无法告知默认浏览器是哪个</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>这个 Android 版本不显示是哪种屏幕锁。如果是图案，请换成 6 位或更长的 PIN 码，或者密码。</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>这个 Android 版本不显示它信任哪些电脑进行 USB 调试。可能还有其他电脑获得了允许。等 hardener 完成后全部撤消。</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>这个 Android 版本没有高级保护</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>这个 Android 版本没有身份检查</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>这个 Android 版本没有锁定按钮</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>这部小米手机在打开“USB 调试（安全设置）”之前会拒绝来自电脑的更改。打开“设置”，再进入“开发者选项”，把它打开（手机可能会要求登录小米账号），然后点“再试一次”。</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>这个应用可以一直知道你在哪里，或者读取你的短信或通话记录。大多数应用不需要这些。拿走它不需要的权限。</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>这个应用可以把自己的窗口显示在其他应用上层。有害应用用这个来显示假的画面，偷 PIN 码或密码。聊天气泡和翻译按钮也会用到它。</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>这个应用不是来自应用商店，而且它能接触你的私人东西。间谍软件就是这样工作的。如果你不认识这个应用，删除之前先留下记录并找人帮忙。</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>这个应用用的是只有 Android 自己的应用才用的名字，但它不是手机自带的。间谍应用常躲在这样的名字后面。先不要删除它：如果它在监视，删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>这个应用是用来监视手机的，比如“家长控制”。如果不是你自己安装的，可能有人在跟踪你做的事。先不要删除它：先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>这个应用在公开的跟踪软件名单上：这类应用会藏在手机里，把消息、位置、照片和通话发给别人。先不要删除它：删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>这个应用被设为始终开启的 VPN，手机发出的一切都经过它。它是从应用商店以外安装的。如果不是你选的，先不要删除它：如果它在监视，删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>这个应用被设为短信或通话的默认应用，所以会收到所有短信或来电，包括登录验证码。它不是手机自带的。如果是你自己选的，确认你信任它的开发者。</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>这个应用被设为短信或通话的默认应用，所以会收到所有短信或来电，包括登录验证码。它是从应用商店以外安装的。先不要删除它：如果它在监视，删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>这个应用可以往手机上装新的应用。间谍软件常常就是这样装进来的。除非你是特意用它来安装应用，否则请拿走这个权限。</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>这个应用可以不先询问你就录制或直播屏幕上的一切，包括表演和聊天。表演录像会被用来勒索。只给你自己选择的应用保留这项权限。</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>这个应用保护手机，比如检查应用是否在监视。它被关掉了。间谍应用或安装它们的人会这样做，好不被发现。</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>这个应用能看到每一条通知：消息预览、验证码、预约、谁在打电话。间谍软件会利用这一点。只给你需要的应用，比如智能手表应用。</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>这个应用会把你的通讯录上传到它自己的服务器，陌生人可以在那里查到别人给一个电话号码存的名字。你的客人和同事的号码，以及你给他们存的名字，都会离开手机。</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>这个应用不是从应用商店安装的，也不在应用列表里显示，很容易被忽略。你认识它吗？间谍应用常这样躲藏。先不要删除它：如果它在监视，删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>这个应用不是从应用商店安装的，在应用列表里没有图标，而且能做间谍应用做的事：{powers}。这正是专家要找的特征。先不要删除它：如果它在监视，删除可能会惊动装它的人。先留下记录，做好安全计划。</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>这个浏览器会保存你的浏览记录和登录信息，任何打开手机的人都能看到。工作时，私密浏览器保留得更少；或者使用无痕标签页并清除历史记录。</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>这无法撤销。</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>这台电脑不允许 hardener 使用 USB 接口。在 Linux 上，请安装软件包“android-sdk-platform-tools-common”（它会添加 USB 规则），然后重新插上手机。</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>这台电脑没有安全的地方存放 hardener 的密钥（叫做“密钥环”）。在 Linux 上，请安装并解锁 GNOME Keyring 或 KWallet（例如：sudo apt install gnome-keyring），然后再试一次。hardener 从不把密钥存在普通文件里。</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>这台电脑没有保存 hardener 密钥的安全位置：hardener 把它存放在 Windows 凭据管理器中，但它没有响应。请用你自己的帐户（不是来宾帐户）登录 Windows，然后再试。hardener 从不把密钥存成普通文件。</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>这台电脑没有保存 hardener 密钥的安全位置：hardener 把它存放在 macOS 钥匙串中，但它没有响应。请打开“钥匙串访问”App，确认“登录”钥匙串存在并已解锁，然后再试。hardener 从不把密钥存成普通文件。</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>这份 hardener 缺少它的配置文件（它为之准备更改的各种情况）。请重新安装 hardener。</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>这项无法从电脑上更改。</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>这个交友应用拥有你的精确位置。警察曾利用交友应用寻找性工作者。大致位置就足以结识附近的人。</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>这个交友应用拥有你的精确位置。警察曾利用交友应用寻找性工作者。这个 Android 版本没有“大致位置”选项：只在使用应用时允许定位，或完全不允许。</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>这是这部手机安全检查的总结：发现了什么，改了什么，你自己还能做什么，以及如果手机被拿走该怎么办。</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>这是一个普通应用，但也可能被用来跟踪一个人：比如定位追踪、通话录音或远程控制应用。是你安装的吗？为什么装它？</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>这个聊天软件会用你的通讯录显示还有谁在用它，有你号码的人也能看到你在用它。如果这可能暴露你的身份，请用另一个号码来用它。</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>这部手机</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>这部手机还包含{kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>这部手机有两个号码</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>这部手机只有一张在用的 SIM 卡和一个 WhatsApp。如果你用它工作，请把私人号码放在另一部手机上。</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>这部手机由 {app} 管理</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>这部手机上有一份上锁的记录，记着上次来时做的更改。有了撤销码，这份报告就会列出这些更改。</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>这部手机上有上次来时留下的撤销记录。输入它的撤销码就能使用，或者删除这份记录（之前的更改会保留，以后不能再撤销）。</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>这份总结不会保存在生成它的电脑上。如果你留了一份，请放在安全的地方，或者不再需要时删除它。</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>这个撤销码打不开这部手机上的记录。请核对撤销码后再试。</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>这项没有改动，因为没有被选中。</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>要恢复这些更改，在任何一台电脑上把手机再次连到做这次检查的程序，然后选“撤销”。</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>警察用来破解手机的工具，对缺少安全更新的手机最有效。不再获得更新的旧手机更容易被破解，即使 PIN 码很好。</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>破解被扣押手机的工具，对缺少更新的手机最有效。</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>译自英文版指南。</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>翻译应用会保存你输入或说过的话，常常是和客人的对话。警察曾用这些记录来证明一个人是性工作者。请经常清除。</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>翻译应用：无法读取</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>翻译记录会被用来证明性工作，然后用来驱逐出境。</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>保存在你账号里的翻译：无法读取</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>翻译记录</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>出行时只保留需要的账号</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>请再试一次；如果它还在，可能是手机拒绝删除它（请检查手机的存储空间）。</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>打开 Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>打开“限时消息”（会自动消失的消息），删除你不需要的聊天记录和照片。</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>重新开启授权超时</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>重新打开安全应用</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>两张 SIM 卡，或 WhatsApp 与 WhatsApp Business 并存，通常说明工作和私人生活在同一部手机上。手机被拿走时，两种生活都落入同一人之手。单独的工作手机最安全。</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>USB 调试和无线调试已打开</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>USB 调试</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>USB 调试和开发者选项已关闭</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>USB 调试和受信任的电脑</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>USB 调试授权会过期</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>USB 调试授权过期：无法读取</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>USB 调试现在已关闭。连接已断开，这是正常的。</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>这部手机的 USB 调试是关着的，所以 hardener 无法和它通信。</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>USB 调试已打开</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>USB 调试仍然开着，所以你可以再试一次。</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>USB 调试：无法读取</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>撤销码（做更改时显示的）： </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>这些更改的撤销码：{code}   （现在就记下来，和手机分开保存）</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>撤销码：{code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>要撤销这些更改吗？</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>请解锁手机，在“允许 USB 调试吗？”消息上点“允许”…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>在你再次输入 PIN 码之前，指纹、面部和 Smart Lock 都无法打开手机。</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>紧急</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>使用情况访问权限让应用能看到你打开的每一个应用，以及用了多久。间谍软件用它来报告你的行动。很少有应用需要它。</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>使用情况访问权限能看到你用了哪些应用，以及什么时候用的。</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>使用情况访问权限：无法读取</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>手机可能被拿走时，使用锁定模式</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>用 PIN 码，不要用脸或手指</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>使用始终开启的 VPN</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>用监视者不知道的手机求助</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>工作使用单独的号码</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>工作使用单独的手机或 SIM 卡</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>使用高强度的屏幕锁定</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>用户/资料：</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN 与网络</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN：无法读取</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber：让消息自动消失</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>警告：按你的选择（--touch-spying-apps），有 %n 项更改涉及间谍应用。</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>被伴侣或客户监视或勒索</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>微信没有阅后即焚功能。在有风险的时刻之前，打开“我”&gt;“设置”&gt;“通用”&gt;“存储空间”，清除不需要的聊天记录。</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>微信：删除旧聊天</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>网络直播和内容创作</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>账号复制了什么：无法读取</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>改了什么</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>发现了什么</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business：让消息自动消失</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp：让消息自动消失</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>当应用请求录制或投射屏幕时，千万不要勾选“不再显示”。手机设置里没有开关可以撤回：让 hardener 阻止它，或卸载该应用。</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>hardener 完成后，打开“设置”，再打开“开发者选项”，关闭“无线调试”。</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>hardener 完成后，打开“设置”，再打开“开发者选项”，点按“撤消 USB 调试授权”并确认。所有电脑（包括这台）都需要重新获得允许。然后关闭 USB 调试。</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>在安全的时候，打开“设置”&gt;“安全”。查看指纹、面部和受信任的设备。删除对方添加的内容可能会惊动对方：先做好计划。</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>VPN 断开或重新连接时，应用可能会在短时间内绕过它联网。开启“屏蔽未使用 VPN 的连接”，就不会发生这种情况。</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>手机锁定时</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>登录后，Google 可能会把你翻译的内容保存在你的 Google 账号里，不在手机上。hardener 看不到也删不了这份副本。你可以自己删除它。</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>应用来自哪里：无法读取</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>手机插着电时，屏幕永远不会关，所以也永远不会锁。任何人都可以从充电器上拿起它来用。</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>任何知道账号密码的人，在任何地方不用手机就能看到账号里存的东西（消息、照片、联系人、位置）。请确认这里的每个账号你都认识，并把工作账号和私人账号分开。</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>原因：{text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>WLAN 和蓝牙扫描已关闭</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>WLAN 和蓝牙扫描：无法读取</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>手机上显示的 WLAN 配对码： </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>WLAN 关闭时的 WLAN 扫描</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>hardener 存放密钥的 Windows 凭据管理器没有打开。请注销 Windows 后重新登录，然后再试。</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows 不让 hardener 自己使用手机的 USB 连接。请安装 Google 的 Platform-Tools 和手机的 USB 驱动程序，运行一次“adb devices”，然后在列表中选择“经由 Google 的 adb”的手机。</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>无线调试已关闭</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>无线调试已开启</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>无线调试：无法读取</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>开启身份检查后，看到你输入 PIN 码的人无法仅凭它更改锁屏或关闭保护。这部手机有此功能，但没有显示为开启。</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>没有 VPN，你所在的网络可以看到你使用了哪些网站和应用。</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>没有 VPN，你使用的网络（酒店、客户的 Wi-Fi、电信公司）可以看到你连接了哪些网站和应用。VPN 能对他们隐藏这些。</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>没有屏幕锁定，这个延迟毫无作用。请先设置 PIN 码。</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>没有加密的话，就算手机锁着，别人也能用工具把里面的内容复制出来。旧手机可以在“设置”里加密；新手机都会自动加密。</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>没有麦克风和通讯录权限，翻译应用保存的关于你的信息就会少一些。</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>工作与私人生活</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>值得修复</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>小米 Redmi Note 12，MIUI 14（Android 13），“USB 调试（安全设置）”已关闭：更改权限和写入安全设置都会被拒绝。</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>你可以在手机的“设置”应用里自己做。</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>这些需要你自己在手机上操作：</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>你需要做更改时给你的撤销码。</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>你需要这个撤销码：{code}。请把这一页和手机分开保存。</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>你的 Google 账号可能会保存你的翻译</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>你的网络经过另一台电脑</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>你的键盘是 {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>已设置 PIN 码、图案或密码</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>一个私密空间</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>一个来电识别应用</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>一个云存储应用</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>一个交友应用</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>一个聊天应用</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>一个监控应用</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>一项权限</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>一套应用分身（双开应用）</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>一个社交应用</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>一个间谍软件</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>一个翻译应用</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>一个工作资料</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>无障碍服务</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>账号</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>允许</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>已经完成</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>一个应用</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>一个应用商店</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>另一个用户</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>应用图标</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>应用权限</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>应用签名和名称</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>应用存储空间</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>应用使用情况</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>应用</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>备份</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>已阻止</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>身体传感器</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>日历</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>通话记录</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>相机</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>能读取你的通知</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>不能读取你的通知</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>添加到手机上的证书</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>已清除</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>被信任进行 USB 调试的电脑</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>通讯录</translation>
  </message>
  <message>
   <source>default</source>
   <translation>默认</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>默认短信和电话应用</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>默认浏览器</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>设备管理应用</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>显示在其他应用上层</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>已加密</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>已加密（文件级加密）</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>已加密（全盘加密）</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>记录中的第 {number} 个条目已损坏（{problem}）；请手动检查</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>指纹和人脸</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>输入配对码（手机上显示的六位数字）。</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener 把这部手机上的每个应用和公开的跟踪软件名单做了比对。没有一个对上。但这些名单并不完整：如果有人好像知道他们不该知道的事，请找人帮忙做进一步检查。</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener 无法从手机上读取这一项，所以不能说那里有什么。请你自己在手机上检查一下。出错原因：{reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener 无法在手机上保存撤销记录，所以什么都没改。请检查手机有没有空闲空间，然后再试一次。</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>在能读取的内容中，hardener 没有发现问题，但它无法读取这一项所需的全部信息，所以不能说这里没有问题。请你自己在手机上检查一下。缺少的内容：{reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener 自己的一项检查（{check}）出了问题，所以手机的这一部分没有被评估。请报告这个问题；其他结果仍然有效。</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener 不会在这台电脑上保存其他任何东西。你自己保存的报告还在你保存的地方。</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener 在这部手机上没有发现它认识的聊天应用。如果你在用某个聊天应用，请开启它的阅后即焚功能。</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener 需要 USB 调试才能工作。用完后请把它关掉：开着调试的手机更容易被人复制数据。最后一步“结束”会帮你关掉。</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>记录和数据保存在手机上</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>拥有设备管理权限</translation>
  </message>
  <message>
   <source>location</source>
   <translation>位置</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>一直获取位置</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>已锁定，输入 PIN 码才能打开</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS 不让 hardener 自己使用手机的 USB 连接。请安装 Google 的 Platform-Tools，运行一次“adb devices”，然后在列表中选择“经由 Google 的 adb”的手机。</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>消息</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>麦克风</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>附近的设备</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>无（任何人都能打开手机）</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>正常</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>不允许</translation>
  </message>
  <message>
   <source>off</source>
   <translation>关</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>太旧：问问有没有更新</translation>
  </message>
  <message>
   <source>on</source>
   <translation>开</translation>
  </message>
  <message>
   <source>password</source>
   <translation>密码</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>图案（容易被人看到和猜到）</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>已暂停</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>电话</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>手机型号和 Android 版本</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>照片</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>照片和文件</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>读取通知</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>读取屏幕</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>正在读取：{what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>较新</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>屏幕锁定</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>录屏</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>设置</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>已跳过，手机报告了一个不安全的名称：{name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>仅滑动（任何人都能打开手机）</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>已停用</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>同步</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>短信</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>未知</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>未知（手机没有说明）</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>可以使用</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>使用情况访问权限</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>用户和工作资料</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>是</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} 的行为像间谍应用</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} 可以把你所有的聊天、照片和语音消息备份到 Google 云端硬盘（Google Drive）。hardener 看不到它有没有这样做，所以请你检查一下。任何进入那个 Google 账号的人都能看到备份。</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} 可以用来监视别人</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} 可以把照片和文件复制到云端</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} 可以显示在其他应用上层</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} 可以安装其他应用</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} 可以读取你所有的通知</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} 可以读取你的通讯录</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} 能读取你的网络流量</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} 可以不经询问就录屏</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} 可以看到并控制你的屏幕</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} 可以看到你用了哪些应用，以及什么时候用的</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} 可以使用：{groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} 不是来自应用商店</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} 接收你的短信</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} 处理你的来电</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} 有设备管理权限</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} 在应用列表里没有图标</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} 始终开启，并屏蔽不经过它的流量</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} 始终开启，但流量可能绕过它</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} 会保存你翻译内容的记录</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} 现在几乎不在手机上保存任何内容</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} 知道你的确切位置</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} 可能会把你的聊天复制到云端</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} 可能会把你的照片或文件上传到它的云端。hardener 看不到它上传了什么，所以请你检查一下。任何进入这个账号的人都能看到它们。</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} 冒充 Android 的一部分</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} 会把你的位置写进每张照片</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} 在读取屏幕，却不在列表里</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; 否（没有可以提问的终端）</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>{service} 账号 {account} 会复制你的{data}</translation>
  </message>
 </context>
</TS>
