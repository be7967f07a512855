# Os sinais de alerta, perguntados antes de qualquer rotina. Para cada sinal: -question
# (resposta sim / não / não sei), -said (como se lê depois de "porque você disse ..."),
# -why (por que importa). Mantenha intacto o sentido clínico de cada sinal.

## Emergência agora: um sim (ou "não sei") para o app e encaminha a pessoa para o pronto-socorro.

warning-emergency-saddle-numbness-question = Você está com uma dormência nova na virilha, nas nádegas ou na parte interna das coxas (a região que apoia num selim)?
warning-emergency-saddle-numbness-said = dormência na região da sela
warning-emergency-saddle-numbness-why = Dormência na região da sela pode significar que os nervos da base da coluna estão comprimidos, o que precisa de atendimento em poucas horas.

warning-emergency-bladder-bowel-sexual-question = Você tem dificuldade nova para controlar a urina ou as fezes, ou problemas sexuais novos?
warning-emergency-bladder-bowel-sexual-said = problemas novos de bexiga, intestino ou sexuais
warning-emergency-bladder-bowel-sexual-why = Junto com sintomas nas costas ou na perna, isso indica uma compressão de nervo que precisa de tratamento urgente.

warning-emergency-sudden-weakness-question = Uma perna ficou fraca de repente, ou a fraqueza está piorando rápido (o pé bate no chão, a perna falha)?
warning-emergency-sudden-weakness-said = fraqueza na perna que veio de repente ou piora rápido
warning-emergency-sudden-weakness-why = Perder força rapidamente significa que um nervo está sofrendo agora; esperar pode deixar sequelas permanentes.

warning-emergency-after-fall-or-accident-question = A dor começou depois de uma queda forte ou de um acidente?
warning-emergency-after-fall-or-accident-said = a dor começou depois de uma queda ou acidente
warning-emergency-after-fall-or-accident-why = É preciso descartar uma fratura ou outra lesão antes de alguém pressionar a região.

warning-emergency-swollen-warm-leg-question = Sua coxa ou panturrilha está inchada, quente, vermelha ou dolorida ao toque?
warning-emergency-swollen-warm-leg-said = coxa ou panturrilha inchada, quente ou vermelha
warning-emergency-swollen-warm-leg-why = Isso pode ser um coágulo. Pressionar é perigoso, e precisa ser avaliado hoje.

warning-emergency-fever-or-pulsing-belly-question = Você tem dor nas costas ou na barriga com febre ou calafrios, ou uma sensação de pulsação na barriga?
warning-emergency-fever-or-pulsing-belly-said = dor nas costas ou na barriga com febre, calafrios ou sensação de pulsação
warning-emergency-fever-or-pulsing-belly-why = Uma infecção ou um problema na artéria principal da barriga pode parecer dor muscular e é uma emergência.

## Consultar primeiro um profissional, em poucos dias: um sim (ou "não sei") segura a automassagem.

warning-clinician-nerve-symptoms-question = Você tem dormência, formigamento ou fraqueza em alguma parte da perna?
warning-clinician-nerve-symptoms-said = dormência, formigamento ou fraqueza na perna
warning-clinician-nerve-symptoms-why = Sinais de nervo merecem uma avaliação profissional antes de você pressionar perto dos nervos do quadril.

warning-clinician-stress-fracture-signs-question = Você tem uma dor profunda na virilha ou na frente do quadril que piora ao correr ou saltar, ou que dói à noite, talvez depois de um aumento grande no treino?
warning-clinician-stress-fracture-signs-said = dor profunda na virilha que piora ao correr ou saltar, ou que dói à noite
warning-clinician-stress-fracture-signs-why = Esse padrão combina com uma fratura por estresse no quadril. Pare de correr e procure uma avaliação.

warning-clinician-cancer-or-weight-loss-or-constant-question = Você já teve câncer, perdeu peso sem querer, ou a dor é constante em qualquer posição?
warning-clinician-cancer-or-weight-loss-or-constant-said = histórico de câncer, perda de peso sem explicação ou dor constante
warning-clinician-cancer-or-weight-loss-or-constant-why = Nós musculares mudam com a posição e a pressão; uma dor que não muda precisa que um profissional procure outras causas.

warning-clinician-no-improvement-after-weeks-question = Você já fez automassagem regularmente por 2 a 4 semanas sem nenhuma melhora?
warning-clinician-no-improvement-after-weeks-said = nenhuma melhora depois de semanas de automassagem regular
warning-clinician-no-improvement-after-weeks-why = Se algumas semanas de automassagem regular não mudaram nada, a origem provavelmente está em outro lugar.

## Sem pressão profunda na barriga nestes casos; glúteo, posteriores da coxa e adutores continuam disponíveis.

warning-contra-pregnancy-question = Você está grávida, ou pode estar?
warning-contra-pregnancy-said = você pode estar grávida
warning-contra-pregnancy-why = Pressão profunda na barriga não é segura durante a gravidez.

warning-contra-recent-surgery-question = Você fez alguma cirurgia na barriga ou no quadril nos últimos meses?
warning-contra-recent-surgery-said = cirurgia recente na barriga ou no quadril
warning-contra-recent-surgery-why = Um tecido em cicatrização não deve receber pressão profunda.

warning-contra-hernia-question = Você tem hérnia?
warning-contra-hernia-said = uma hérnia
warning-contra-hernia-why = Pressionar a barriga pode empurrar a hérnia ainda mais para fora.

warning-contra-aortic-aneurysm-question = Algum médico já disse que você tem um aneurisma de aorta (a artéria principal da barriga, dilatada)?
warning-contra-aortic-aneurysm-said = um aneurisma de aorta
warning-contra-aortic-aneurysm-why = O psoas fica bem ao lado da artéria principal; pressão profunda ali é perigosa.

warning-contra-blood-thinners-question = Você toma anticoagulante?
warning-contra-blood-thinners-said = você toma anticoagulante
warning-contra-blood-thinners-why = Pressão profunda pode causar sangramento dentro da barriga.

warning-contra-inflammatory-bowel-question = Você tem uma doença inflamatória intestinal ativa (Crohn, colite)?
warning-contra-inflammatory-bowel-said = uma doença inflamatória intestinal ativa
warning-contra-inflammatory-bowel-why = Não se deve pressionar um intestino inflamado.
