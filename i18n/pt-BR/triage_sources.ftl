# As origens prováveis que a triagem aponta: como cada uma se chama (-label) e o que
# significa (-explain). É orientação de autocuidado, não um diagnóstico.

triage-source-iliacus-label = Ponto-gatilho no ilíaco
triage-source-iliacus-explain = Um nó no ilíaco, dentro da bacia, manda uma dor para a frente e o alto da coxa, onde o trabalho no quadríceps não chega.

triage-source-psoas-label = Ponto-gatilho no psoas
triage-source-psoas-explain = Os nós do psoas costumam aparecer como uma faixa vertical de dor ao lado da lombar.

triage-source-nerve-involvement-label = Um nervo irritado
triage-source-nerve-involvement-explain = Um iliopsoas tenso pode comprimir os nervos lombares e causar dormência, formigamento, fraqueza ou dor que desce pela perna.

triage-source-glute-max-label = Ponto-gatilho no glúteo máximo
triage-source-glute-max-explain = O glúteo trabalha contra os flexores do quadril e acumula nós próprios.

triage-source-hamstrings-label = Ponto-gatilho nos posteriores da coxa
triage-source-hamstrings-explain = Os posteriores da coxa se opõem aos flexores do quadril e também formam nós.

triage-source-adductor-magnus-label = Ponto-gatilho no adutor magno
triage-source-adductor-magnus-explain = O adutor magno vai do alto da parte interna da coxa até a parte interna do joelho e muitas vezes tem nós.

triage-source-quads-label = O próprio quadríceps
triage-source-quads-explain = Uma sobrecarga recente da própria coxa; se o rolo e os alongamentos ajudam, isso combina.

triage-source-prevention-label = Sem dor agora: para continuar assim
triage-source-prevention-explain = Quem corre exige dos flexores do quadril a cada passada, e os nós se formam sem avisar. Alguns minutos de automassagem na maioria dos dias evitam que apareçam.

triage-source-not-typical-label = Não é um padrão típico
triage-source-not-typical-explain = Suas respostas não combinam com um padrão típico de pontos-gatilho.
