//! The one sentence that cannot come from a catalogue: that no catalogue
//! could be loaded. In each language, so whoever meets it can read it.

use super::language::Language;

pub fn unavailable(l: Language) -> &'static str {
    match l {
        Language::English => {
            "The app's words could not be loaded. Check your connection and reload the page."
        }
        Language::Spanish => {
            "No se han podido cargar los textos de la app. Comprueba tu conexión y vuelve a cargar la página."
        }
        Language::German => {
            "Die Texte der App konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und laden Sie die Seite neu."
        }
        Language::French => {
            "Les textes de l'application n'ont pas pu être chargés. Vérifiez votre connexion et rechargez la page."
        }
        Language::BrazilianPortuguese => {
            "Não foi possível carregar os textos do app. Verifique sua conexão e recarregue a página."
        }
    }
}
