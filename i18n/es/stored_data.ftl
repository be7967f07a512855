# Los datos guardados: cuando no se pueden leer, cuando se actualizaron o se apartaron
# elementos, cuando el teléfono no los guarda, y la pantalla de recuperación.

stored-not-json = Los datos guardados no son JSON válido ({ $detail }).
stored-no-version = Estos no son datos de esta app: no tienen versión.
stored-not-ours = Estos no son datos de esta app.
stored-version-zero = Los datos guardados tienen una versión imposible (0).
stored-newer = Estos datos se guardaron con una versión más nueva de la app (formato { $version }; esta app lee hasta el { $current }). Actualiza la app para abrirlos.
stored-cannot-upgrade = No se han podido actualizar los datos guardados ({ $detail }).
stored-no-content = Los datos guardados no tienen contenido.
stored-wrong-shape = Los datos guardados no tienen la forma correcta.
stored-upgraded = Tus datos se han actualizado desde el formato { $version }. Se guarda una copia de los datos antiguos.
stored-set-aside = { $n ->
    [one] { $n } elemento guardado no se ha podido leer y se ha apartado. Se conserva y se incluye cuando exportas tus datos.
   *[other] { $n } elementos guardados no se han podido leer y se han apartado. Se conservan y se incluyen cuando exportas tus datos.
}
stored-storage-unavailable = Este navegador no permite que la app guarde datos.
stored-storage-unreadable = No se han podido leer los datos guardados.
stored-storage-full = El almacenamiento del teléfono para esta app está lleno o bloqueado; exporta tus datos desde Ajustes.

## La pantalla de recuperación

recovery-title = No se han podido abrir tus datos guardados
recovery-nothing-changed = No se ha cambiado ni borrado nada. Primero guarda una copia de los datos tal como están, para no perder nada; después podrás empezar de cero.
recovery-download = Descargar los datos guardados
recovery-downloaded = Descargado. Conserva el archivo: se podrá revisar o importar más adelante.
recovery-confirm-group = Confirmar empezar de cero
recovery-fresh-question = ¿Empezar de cero?
recovery-fresh-why = Esto elimina de este teléfono los datos que no se pueden leer.
recovery-fresh-yes = Sí, empezar de cero
recovery-cancel = Cancelar
recovery-fresh = Empezar de cero…
